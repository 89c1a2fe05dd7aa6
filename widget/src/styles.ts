// Styles live in the widget's shadow root, so the host page's CSS neither breaks nor is broken by
// them. On narrow screens the panel takes the whole viewport (R4: works on mobile).
export const css = `
:host{all:initial}
*{box-sizing:border-box;font-family:system-ui,-apple-system,"Segoe UI",Roboto,sans-serif}
.launcher{position:fixed;right:20px;bottom:20px;z-index:2147483000;border:0;border-radius:28px;padding:14px 20px;
 background:var(--atende-accent,#1f5eff);color:#fff;font-size:15px;font-weight:600;box-shadow:0 4px 16px rgba(0,0,0,.25);cursor:pointer}
.panel{position:fixed;right:20px;bottom:20px;z-index:2147483001;width:370px;height:min(600px,calc(100vh - 40px));display:flex;
 flex-direction:column;background:#fff;color:#1d2433;border-radius:14px;box-shadow:0 8px 32px rgba(0,0,0,.28);overflow:hidden}
.panel[hidden],.launcher[hidden]{display:none}
header{background:var(--atende-accent,#1f5eff);color:#fff;padding:12px 14px;display:flex;align-items:flex-start;gap:8px}
header .t{flex:1}
header h2{margin:0;font-size:16px}
header .id{font-size:12px;opacity:.9;margin-top:2px;letter-spacing:.5px}
header button{background:transparent;border:0;color:#fff;font-size:22px;line-height:1;cursor:pointer;padding:0 4px}
.status{font-size:13px;padding:8px 14px;background:#f1f4fa;border-bottom:1px solid #e3e8f2}
.status:empty{display:none}
.log{flex:1;overflow-y:auto;padding:12px;display:flex;flex-direction:column;gap:8px;-webkit-overflow-scrolling:touch}
.msg{max-width:85%;padding:8px 11px;border-radius:12px;font-size:14px;line-height:1.4;white-space:pre-wrap;word-wrap:break-word}
.msg .who{display:block;font-size:11px;font-weight:600;opacity:.7;margin-bottom:2px}
.customer{align-self:flex-end;background:var(--atende-accent,#1f5eff);color:#fff;border-bottom-right-radius:4px}
.agent,.bot{align-self:flex-start;background:#eef1f6;border-bottom-left-radius:4px}
.system{align-self:center;background:transparent;color:#5b6475;font-size:12px;text-align:center}
.file{display:block;margin-top:4px;color:inherit}
.file img{display:block;max-width:100%;max-height:180px;border-radius:8px;min-width:40px;min-height:30px;background:rgba(0,0,0,.06)}
form .clip{background:transparent;padding:6px 2px}
.clip svg{width:22px;height:22px;fill:none;stroke:#5b6475;stroke-width:1.8;stroke-linecap:round}
.file:not(:has(img)){text-decoration:underline}
.pending{opacity:.6}
.failed{background:#c62828;cursor:pointer}
.meta{align-self:flex-end;font-size:11px;color:#5b6475;margin-top:-4px}
.options{display:flex;flex-wrap:wrap;gap:6px;align-self:flex-start;max-width:95%}
.options button{border:1px solid var(--atende-accent,#1f5eff);color:var(--atende-accent,#1f5eff);background:#fff;border-radius:16px;
 padding:7px 12px;font-size:14px;cursor:pointer}
.articles{align-self:flex-start;margin:0;padding-left:18px;font-size:14px}
.articles a{color:var(--atende-accent,#1f5eff)}
.typing{font-size:12px;color:#5b6475;padding:0 14px 4px;min-height:16px}
form{display:flex;gap:8px;padding:10px;border-top:1px solid #e3e8f2}
form.stack{flex-direction:column;padding:16px}
textarea,input{flex:1;font-size:16px;padding:9px 10px;border:1px solid #c8d0de;border-radius:10px;resize:none;min-height:42px;max-height:120px}
form button,.actions button{border:0;border-radius:10px;background:var(--atende-accent,#1f5eff);color:#fff;font-size:15px;padding:9px 14px;cursor:pointer}
.actions{display:flex;gap:8px;padding:10px;border-top:1px solid #e3e8f2;justify-content:center}
.actions button.plain{background:#eef1f6;color:#1d2433}
.refused{padding:20px;font-size:15px;line-height:1.5}
.refused a{color:var(--atende-accent,#1f5eff);font-weight:600}
.error{color:#c62828;font-size:13px;margin:0}
label{font-size:14px}
@media (max-width:480px){.panel{right:0;bottom:0;width:100vw;height:100%;border-radius:0}.launcher{right:12px;bottom:12px}}
`;
