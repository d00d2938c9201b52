import { scriptSource } from '@/lib/http/csp';
import { html, raw } from 'hono/html';
import type { HtmlEscapedString } from 'hono/utils/html';

export type Html = HtmlEscapedString | Promise<HtmlEscapedString>;

// The whole style of the door: a cheap phone outdoors reads large type on a plain page.
const CSS = `*{box-sizing:border-box}body{margin:0;font:18px/1.45 system-ui,sans-serif;color:#0f172a;background:#fff}
main{max-width:28rem;margin:0 auto;padding:1.1rem;display:flex;flex-direction:column;gap:.8rem}
.brand{font-size:.8rem;font-weight:700;letter-spacing:.08em;color:#047857;margin:0}h1{font-size:1.45rem;margin:0}
p{margin:0}.muted{color:#475569;font-size:1rem}.svc{color:#065f46;font-weight:600}
form{display:flex;flex-direction:column;gap:.5rem}label{font-weight:600}
input{font:inherit;font-size:1.3rem;letter-spacing:.05em;padding:.7rem;border:2px solid #64748b;border-radius:.4rem;width:100%}
button{font:inherit;font-weight:700;font-size:1.2rem;padding:.9rem;border-radius:.4rem;border:0;background:#047857;color:#fff}
button.alt{background:#fff;color:#0f172a;border:2px solid #334155}.err{color:#b91c1c;font-weight:600}
.box{border-radius:.8rem;padding:1.2rem;text-align:center}.box b{display:block;font-size:1.7rem}
.hijau{background:#15803d;color:#fff}.kuning{background:#fde047}.merah{background:#b91c1c;color:#fff}
.hitam{background:#000;color:#fff}.neutral{background:#f1f5f9;border:2px solid #94a3b8}
dl{display:grid;grid-template-columns:auto 1fr;gap:.2rem .8rem;margin:0}dt{color:#64748b}dd{margin:0;font-weight:600}
a{color:#047857}fieldset{border:1px solid #cbd5e1;border-radius:.4rem;padding:.6rem;margin:0;display:flex;flex-direction:column;gap:.3rem}
legend{font-weight:600;font-size:1rem}.opt{display:flex;gap:.5rem;align-items:center;font-weight:400}.opt input{width:auto;margin:0}
select,textarea{font:inherit;padding:.5rem;border:2px solid #64748b;border-radius:.4rem;width:100%}
.std{border:1px solid #cbd5e1;border-radius:.6rem;padding:.8rem;display:flex;flex-direction:column;gap:.3rem}
h2{font-size:1.15rem;margin:0}ul{margin:0;padding-left:1.2rem}
.queue{border:3px solid #047857}.queue .num{font-size:3.2rem;letter-spacing:.04em}.queue.called{background:#fde047}
.queue dl{text-align:left;margin-top:.6rem}`;

/** The result page's running clock: a few hundred bytes; without it the server's time stands. */
export const CLOCK_SCRIPT =
  "(function(){var e=document.getElementById('k'),o=+e.getAttribute('data-o');function p(n){return(n<10?'0':'')+n}" +
  "function t(){var d=new Date(Date.now()+o*6e4);e.textContent=p(d.getUTCHours())+'.'+p(d.getUTCMinutes())+'.'+p(d.getUTCSeconds())}" +
  't();setInterval(t,1000)})()';

/**
 * The queue number's box kept current: asks the server every ten seconds until the number is
 * served (plain ES5 with XMLHttpRequest, for old phones); without script the page refreshes.
 */
export const QUEUE_SCRIPT =
  "(function(){var q=document.getElementById('q');if(!q||!window.XMLHttpRequest)return;var u=q.getAttribute('data-src');" +
  'function s(i,v){var e=document.getElementById(i);if(e&&typeof v==="string")e.textContent=v}' +
  'function p(){var x=new XMLHttpRequest();x.open("GET",u);x.onload=function(){var d;try{d=JSON.parse(x.responseText)}catch(e){}' +
  'if(x.status!==200||!d){setTimeout(p,3e4);return}q.className="box queue "+d.state;s("q-st",d.status);s("q-s",d.serving);s("q-w",d.wait);' +
  'if(d.state!=="served")setTimeout(p,1e4)};x.onerror=function(){setTimeout(p,3e4)};x.send()}setTimeout(p,1e4)})()';


/**
 * No script but the clock and the queue number's, no frame, forms and requests only to
 * ourselves: a visitor's page cannot be made to run or send anything else.
 */
export const DOOR_CSP = [
  "default-src 'none'",
  "style-src 'unsafe-inline'",
  `script-src ${scriptSource(CLOCK_SCRIPT)} ${scriptSource(QUEUE_SCRIPT)}`,
  "connect-src 'self'",
  "form-action 'self'",
  "frame-ancestors 'none'",
  "base-uri 'none'",
].join('; ');

/** `head`: what a page adds to its head (the queue's refresh without script). */
export function page(lang: 'id' | 'en', title: string, body: Html, head: Html | string = ''): Html {
  return html`<!doctype html>
<html lang="${lang}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<meta name="robots" content="noindex"><title>${title} · Pindai</title><style>${raw(CSS)}</style>${head}</head>
<body><main><p class="brand">PINDAI</p>${body}</main></body></html>`;
}
