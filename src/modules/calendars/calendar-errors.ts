// Errors a business-time computation can raise on a valid definition. They carry a string code so
// the HTTP layer's single error mapper can turn them into 422s (preview) or log them (SLA jobs).

export type CalendarErrorCode = 'calendar_never_open' | 'calendar_range_too_large' | 'invalid_business_amount';

/** A calendar computation that has no answer, with a code for the API's error body. */
export class CalendarError extends Error {
  constructor(
    readonly code: CalendarErrorCode,
    message: string,
    readonly details: Record<string, unknown> = {},
  ) {
    super(message);
    this.name = 'CalendarError';
  }
}
