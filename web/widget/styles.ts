/** The widget's styles, scoped by its shadow root. */
export const widgetCss = `
:host { all: initial; }
* { box-sizing: border-box; font-family: system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; }
.visually-hidden { position: absolute !important; width: 1px; height: 1px; padding: 0; margin: -1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; border: 0; }
button, label.attach { font: inherit; cursor: pointer; }
:focus-visible { outline: 3px solid #f4a340; outline-offset: 2px; }
.launcher { position: fixed; right: var(--mkd-x, 20px); bottom: var(--mkd-y, 20px); z-index: 2147483000; padding: 12px 18px; display: inline-flex; align-items: center; gap: 8px; border: 0; border-radius: 999px;
  background: #3b2f6b; color: #fff; font-size: 15px; box-shadow: 0 6px 20px rgba(0,0,0,.25); }
.launcher[aria-expanded="true"] { display: none; }
.launcher.unread { background: #a3412b; }
.launcher.left, .panel.left { right: auto; left: var(--mkd-x, 20px); }
.panel { position: fixed; right: var(--mkd-x, 20px); bottom: var(--mkd-y, 20px); z-index: 2147483001; width: 380px; height: min(620px, calc(100vh - var(--mkd-y, 20px) - 20px));
  display: flex; flex-direction: column; background: #fff; color: #1d1b24; border-radius: 16px; box-shadow: 0 12px 40px rgba(0,0,0,.3); overflow: hidden; font-size: 15px; }
.panel[hidden] { display: none; }
.head { display: flex; align-items: center; justify-content: space-between; padding: 12px 16px; background: #3b2f6b; color: #fff; }
.head h2 { margin: 0; font-size: 16px; font-weight: 600; }
.close { background: transparent; border: 0; color: #fff; font-size: 26px; line-height: 1; padding: 2px 8px; border-radius: 8px; }
.log { flex: 1; overflow-y: auto; padding: 14px; display: flex; flex-direction: column; gap: 10px; background: #f7f5fb; }
.msg { max-width: 85%; padding: 9px 12px; border-radius: 14px; line-height: 1.4; overflow-wrap: anywhere; }
.msg p { margin: 0 0 6px; } .msg p:last-child { margin-bottom: 0; }
.msg ul { margin: 4px 0; padding-left: 20px; }
.msg a { color: inherit; }
.msg.assistant, .msg.agent { align-self: flex-start; background: #fff; border: 1px solid #e3deef; }
.msg.agent { border-color: #f4a340; }
.msg .author { display: block; font-size: 12px; font-weight: 600; color: #5b5670; margin-bottom: 2px; }
.msg.customer { align-self: flex-end; background: #3b2f6b; color: #fff; }
.msg.system { align-self: center; background: transparent; color: #5b5670; font-size: 13px; text-align: center; }
.msg.system.error { color: #a3212b; }
.msg.customer.failed { background: #fff; color: #1d1b24; border: 1px dashed #a3212b; }
.msg.sending .photo { opacity: .6; }
.retry { display: block; margin-top: 6px; padding: 4px 8px; border: 1px solid #a3212b; border-radius: 8px; background: #fff; color: #a3212b; font-size: 13px; }
.msg .photo { display: block; max-width: 100%; max-height: 200px; margin-top: 6px; border-radius: 8px; }
.typing { padding: 0 16px 6px; background: #f7f5fb; } .typing[hidden] { display: none; }
.typing span { display: inline-block; width: 7px; height: 7px; margin-right: 4px; border-radius: 50%; background: #8b84a8; animation: mkd-blink 1s infinite; }
.typing span:nth-child(2) { animation-delay: .2s; } .typing span:nth-child(3) { animation-delay: .4s; }
@keyframes mkd-blink { 50% { opacity: .3; } }
@media (prefers-reduced-motion: reduce) { .typing span { animation: none; } }
.quick { display: flex; flex-wrap: wrap; gap: 6px; padding: 6px 12px; background: #f7f5fb; }
.quick:empty { display: none; }
.chip { border: 1px solid #3b2f6b; background: #fff; color: #3b2f6b; border-radius: 999px; padding: 6px 12px; font-size: 14px; }
.chip:hover { background: #ece8f7; } .chip:disabled { opacity: .5; cursor: default; }
.preview { display: flex; gap: 10px; align-items: center; padding: 8px 12px; border-top: 1px solid #e3deef; }
.preview[hidden] { display: none; }
.preview img { width: 64px; height: 64px; object-fit: cover; border-radius: 8px; }
.preview-actions { display: flex; gap: 6px; }
.preview-actions button { border: 1px solid #3b2f6b; border-radius: 8px; padding: 6px 10px; background: #fff; color: #3b2f6b; }
.preview-actions .send-photo { background: #3b2f6b; color: #fff; }
.composer { display: flex; gap: 6px; align-items: flex-end; padding: 10px; border-top: 1px solid #e3deef; background: #fff; }
.composer textarea { flex: 1; resize: none; min-height: 40px; max-height: 120px; padding: 9px 10px; border: 1px solid #c9c3dc; border-radius: 10px; font: inherit; color: inherit; }
.attach { display: inline-flex; align-items: center; justify-content: center; width: 40px; height: 40px; border-radius: 10px; border: 1px solid #c9c3dc; }
input[type=file]:focus-visible + .attach { outline: 3px solid #f4a340; outline-offset: 2px; }
.send { height: 40px; padding: 0 14px; border: 0; border-radius: 10px; background: #3b2f6b; color: #fff; }
.send:disabled { opacity: .6; }
@media (max-width: 480px) {
  .panel, .panel.left { right: 0; left: 0; bottom: 0; width: 100vw; height: 100dvh; border-radius: 0; }
  .launcher { right: min(var(--mkd-x, 12px), 12px); bottom: var(--mkd-y, 12px); }
  .launcher.left { right: auto; left: min(var(--mkd-x, 12px), 12px); }
}
`;
