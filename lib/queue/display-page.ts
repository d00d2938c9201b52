import { scriptSource } from '@/lib/http/csp';
import { html, raw } from 'hono/html';
import { fillIn } from '@/lib/i18n/format';
import type { Dictionary } from '@/lib/i18n/id';
import type { ServiceQueue } from './board';

// A television across the room: huge numbers, high contrast, no scrolling for a handful of services.
const CSS = `*{box-sizing:border-box}html,body{margin:0;height:100%;background:#022c22;color:#fff;font-family:system-ui,Arial,sans-serif}
header{display:flex;justify-content:space-between;align-items:baseline;padding:2vh 3vw;background:#064e3b}
h1{margin:0;font-size:4vh}#clock{font-size:4vh;font-variant-numeric:tabular-nums}
#board{display:flex;flex-wrap:wrap;gap:2vh 2vw;padding:3vh 3vw}
.card{flex:1 1 28vw;background:#065f46;border-radius:2vh;padding:2vh 2vw;text-align:center}
.card h2{margin:0;font-size:3.4vh;font-weight:600}.card .label{margin:1vh 0 0;font-size:2.6vh;color:#a7f3d0}
.card .num{margin:0;font-size:16vh;font-weight:800;line-height:1.1;font-variant-numeric:tabular-nums}
.card .wait{margin:0;font-size:3vh;color:#d1fae5}.card.flash{animation:f 1s 4}
@keyframes f{50%{background:#facc15;color:#111}}.empty{font-size:4vh;padding:3vh 3vw}
#off{position:fixed;left:0;right:0;bottom:0;margin:0;padding:1vh;background:#b91c1c;text-align:center;font-size:2.6vh}
#sound{position:fixed;right:2vw;bottom:2vh;font-size:2.6vh;padding:1.5vh 2vw;border:0;border-radius:1vh;background:#facc15;color:#111}`;

/**
 * Plain ES5 for a cheap Android TV's browser: the stream (EventSource) when there is one,
 * else asking every second; each card redrawn from the board; a two-tone chime (Web Audio)
 * and a flash when a service's call changes. Browsers allow sound only after a press, so the
 * button turns it on once.
 */
const DISPLAY_SCRIPT = `(function(){
var b=document.body,src=b.getAttribute('data-src'),board=document.getElementById('board'),off=document.getElementById('off'),btn=document.getElementById('sound');
var words={label:b.getAttribute('data-label'),waiting:b.getAttribute('data-waiting'),empty:b.getAttribute('data-empty')};
var calls={},audio=null,A=window.AudioContext||window.webkitAudioContext;
var cards=board.getElementsByTagName('section');for(var i=0;i<cards.length;i++)calls[cards[i].getAttribute('data-service')]=cards[i].getAttribute('data-call');
function show(e,v){e.style.display=v?'':'none'}
function tone(f,at,d){var o=audio.createOscillator(),g=audio.createGain();o.frequency.value=f;g.gain.setValueAtTime(0.0001,at);
g.gain.exponentialRampToValueAtTime(0.6,at+0.03);g.gain.exponentialRampToValueAtTime(0.0001,at+d);o.connect(g);g.connect(audio.destination);o.start(at);o.stop(at+d+0.05)}
function chime(){if(!audio||audio.state!=='running')return;var t=audio.currentTime+0.05;tone(880,t,0.7);tone(660,t+0.6,1.1)}
if(A){try{audio=new A()}catch(e){audio=null}}
show(btn,!!audio&&audio.state!=='running');
btn.onclick=function(){if(audio&&audio.resume)audio.resume();show(btn,false);setTimeout(chime,100)};
function el(tag,cls,text){var e=document.createElement(tag);if(cls)e.className=cls;if(text!=null)e.appendChild(document.createTextNode(text));return e}
function render(d){var list=d.services||[],ring=false;board.innerHTML='';
if(!list.length)board.appendChild(el('p','empty',words.empty));
for(var i=0;i<list.length;i++){var s=list[i],c=el('section','card');c.setAttribute('data-service',s.serviceId);c.setAttribute('data-call',s.call||'');
c.appendChild(el('h2',null,s.letter+' \\u00b7 '+s.name));c.appendChild(el('p','label',words.label));c.appendChild(el('p','num',s.current||'\\u2013'));
c.appendChild(el('p','wait',words.waiting.replace('{n}',s.waiting)));
var was=calls[s.serviceId];if(s.call&&was!==undefined&&was!==s.call){ring=true;c.className='card flash'}calls[s.serviceId]=s.call||'';board.appendChild(c)}
if(ring)chime();show(off,false)}
function poll(){var x=new XMLHttpRequest();x.open('GET',src+'/data');x.onload=function(){var d=null;try{d=JSON.parse(x.responseText)}catch(e){}
if(x.status===404){location.reload();return}if(x.status===200&&d)render(d);else show(off,true);setTimeout(poll,1000)};x.onerror=function(){show(off,true);setTimeout(poll,2000)};x.send()}
function stream(){var es=new EventSource(src+'/stream'),fails=0;es.addEventListener('board',function(e){fails=0;render(JSON.parse(e.data))});
es.onerror=function(){show(off,true);if(++fails>=3||es.readyState===2){es.close();poll()}}}
if(window.EventSource)stream();else poll();
var k=document.getElementById('clock'),o=+k.getAttribute('data-o');function p(n){return(n<10?'0':'')+n}
function t(){var d=new Date(Date.now()+o*6e4);k.textContent=p(d.getUTCHours())+'.'+p(d.getUTCMinutes())}t();setInterval(t,5000)
})()`;


/**
 * The display runs its own script and asks only its own server. Carried in the page's head,
 * since Next's own header (frame-ancestors 'none', next.config.js) replaces a route's; a meta
 * policy cannot say frame-ancestors, which that header does.
 */
export const DISPLAY_CSP = [
  "default-src 'none'",
  "style-src 'unsafe-inline'",
  `script-src ${scriptSource(DISPLAY_SCRIPT)}`,
  "connect-src 'self'",
  "base-uri 'none'",
  "form-action 'none'",
].join('; ');

// prettier-ignore
function card(s: ServiceQueue, t: Dictionary['queue']) {
  return html`<section class="card" data-service="${s.serviceId}" data-call="${s.call ?? ''}"><h2>${s.letter} · ${s.name}</h2>
<p class="label">${t.display.calling}</p><p class="num">${s.current ?? t.none}</p><p class="wait">${fillIn(t.display.waiting, { n: String(s.waiting) })}</p></section>`;
}

type DisplayPage = {
  title: string;
  src: string;
  services: ServiceQueue[];
  offsetMinutes: number;
  clock: string;
  lang: 'id' | 'en';
};

/** The whole page, drawn with the board as it is now: it shows the queue before any script runs. */
export async function displayHtml(p: DisplayPage, t: Dictionary['queue']): Promise<string> {
  const d = t.display;
  // prettier-ignore
  const body = html`<!doctype html>
<html lang="${p.lang}"><head><meta charset="utf-8"><meta http-equiv="Content-Security-Policy" content="${DISPLAY_CSP}">
<meta name="viewport" content="width=device-width,initial-scale=1">
<meta name="robots" content="noindex"><title>${d.title} · ${p.title}</title><style>${raw(CSS)}</style></head>
<body data-src="${p.src}" data-label="${d.calling}" data-waiting="${d.waiting}" data-empty="${d.empty}">
<header><h1>${p.title}</h1><span id="clock" data-o="${p.offsetMinutes}">${p.clock}</span></header>
<main id="board">${p.services.length ? p.services.map((s) => card(s, t)) : html`<p class="empty">${d.empty}</p>`}</main>
<p id="off" style="display:none">${d.offline}</p><button id="sound" type="button" style="display:none">${d.sound}</button>
<script>${raw(DISPLAY_SCRIPT)}</script></body></html>`;
  return String(await body);
}

/** The page a television gets for a token that names no display in use. */
export async function unknownDisplayHtml(
  t: Dictionary['queue'],
  lang: 'id' | 'en',
): Promise<string> {
  // prettier-ignore
  const body = html`<!doctype html>
<html lang="${lang}"><head><meta charset="utf-8"><meta name="robots" content="noindex"><title>${t.display.title}</title><style>${raw(CSS)}</style></head>
<body><p class="empty">${t.display.unknown}</p></body></html>`;
  return String(await body);
}
