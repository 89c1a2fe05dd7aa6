import type { Attachment } from '../api/types';

const isImage = (a: Attachment) => a.contentType.startsWith('image/');

/** A message's files: images as thumbnails that open full size, others as download links. */
export function Attachments({ items }: { items: Attachment[] }) {
  if (items.length === 0) return null;
  return (
    <div className="attachments">
      {items.map((a) =>
        isImage(a) ? (
          <a key={a.id} href={a.url} target="_blank" rel="noreferrer">
            <img src={a.url} alt={a.filename} loading="lazy" />
          </a>
        ) : (
          <a key={a.id} href={a.url} download={a.filename}>
            {a.filename} ({Math.ceil(a.size / 1024)} KB)
          </a>
        ),
      )}
    </div>
  );
}
