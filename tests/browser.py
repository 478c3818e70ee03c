"""Headless Chromium for the tests, through just enough of the Chrome DevTools Protocol: navigate, evaluate,
emulate a screen width, click, screenshot, collect console errors. And what a reader sees of the figures:
:func:`measure_gallery` reads every figure of a page as shown and :func:`gallery_problems` says what is wrong."""
from __future__ import annotations

import asyncio
import base64
import json
import shutil
import subprocess
import tempfile
import time
import urllib.request
from pathlib import Path

from tornado.websocket import websocket_connect

FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
         "--disable-sync", "--no-first-run", "--disable-quic", "--window-size=1280,900", "--remote-debugging-address=127.0.0.1", "--remote-debugging-port=0"]
PAGE_FACTS = """JSON.stringify({
  images: [...document.images].map(i => ({src: i.getAttribute('src'), width: i.naturalWidth, complete: i.complete})),
  links: [...document.querySelectorAll('a[href]')].map(a => a.href),
  ids: [...document.querySelectorAll('[id]')].map(e => e.id),
  title: document.title,
})"""


class Browser:
    """Just enough of the Chrome DevTools Protocol: navigate, evaluate, screenshot, collect console errors."""

    def __init__(self, binary: str):
        self.profile = Path(tempfile.mkdtemp(prefix="chromium-profile-"))
        self.proc = subprocess.Popen([binary, *FLAGS, f"--user-data-dir={self.profile}", "about:blank"],
                                     stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
        port_file = self.profile / "DevToolsActivePort"
        deadline = time.time() + 60
        while not port_file.exists() or not port_file.read_text().strip():
            if time.time() > deadline or self.proc.poll() is not None:
                raise RuntimeError("Chromium did not start: " + self.proc.stderr.read().decode(errors="replace")[-2000:])
            time.sleep(0.2)
        port = port_file.read_text().split()[0]
        with urllib.request.urlopen(f"http://127.0.0.1:{port}/json/list", timeout=10) as r:
            self.ws_url = next(t["webSocketDebuggerUrl"] for t in json.load(r) if t["type"] == "page")
        self.next_id, self.events = 0, []

    async def connect(self):
        self.ws = await websocket_connect(self.ws_url, max_message_size=256 * 2**20)
        for domain in ("Page", "Runtime", "Log"):
            await self.send(f"{domain}.enable")

    async def send(self, method: str, **params):
        self.next_id += 1
        my_id = self.next_id
        await self.ws.write_message(json.dumps({"id": my_id, "method": method, "params": params}))
        while True:
            msg = json.loads(await asyncio.wait_for(self.ws.read_message(), timeout=60))
            if msg.get("id") == my_id:
                if "error" in msg:
                    raise RuntimeError(f"{method}: {msg['error']}")
                return msg.get("result", {})
            self.events.append(msg)

    async def wait_for(self, method: str, timeout: float = 60):
        deadline = time.time() + timeout
        while not any(e.get("method") == method for e in self.events):
            msg = json.loads(await asyncio.wait_for(self.ws.read_message(), timeout=max(0.1, deadline - time.time())))
            self.events.append(msg)

    async def visit(self, url: str) -> dict:
        self.events = []
        await self.send("Page.navigate", url=url)
        await self.wait_for("Page.loadEventFired")
        facts = json.loads((await self.send("Runtime.evaluate", expression=PAGE_FACTS, returnByValue=True))["result"]["value"])
        facts["errors"] = [e for e in self.events if e.get("method") == "Runtime.exceptionThrown"
                           or (e.get("method") == "Runtime.consoleAPICalled" and e["params"]["type"] in ("error", "assert"))
                           or (e.get("method") == "Log.entryAdded" and e["params"]["entry"]["level"] == "error")]
        return facts

    async def screenshot(self, path: Path) -> None:
        shot = await self.send("Page.captureScreenshot", format="png", captureBeyondViewport=True)
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(base64.b64decode(shot["data"]))

    def close(self):
        self.proc.terminate()
        try:
            self.proc.wait(timeout=20)
        except subprocess.TimeoutExpired:
            self.proc.kill()
        shutil.rmtree(self.profile, ignore_errors=True)


async def evaluate(browser: Browser, expression: str, wait: bool = False):
    result = await browser.send("Runtime.evaluate", expression=expression, returnByValue=True, awaitPromise=wait)
    assert "exceptionDetails" not in result, result
    return json.loads(result["result"]["value"])


async def set_width(browser: Browser, width: int, height: int = 900) -> None:
    """The page as a screen of ``width`` CSS pixels shows it (a phone: 375)."""
    await browser.send("Emulation.setDeviceMetricsOverride", width=width, height=height, deviceScaleFactor=1, mobile=width < 500)


def chromium() -> str:
    binary = shutil.which("chromium")
    assert binary, "Debian's chromium is missing: `make test` installs it (apt-get install chromium)"
    return binary


#: Every figure of a gallery page as the reader sees it: its box, and each text's box, size as shown and words.
MEASURE = """(() => {
  const figs = [];
  for (const fig of document.querySelectorAll('.gallery figure')) {
    const svg = fig.querySelector('.chart svg');
    if (!svg) { figs.push({id: fig.id, missing: true}); continue; }
    const box = svg.getBoundingClientRect();
    const texts = [...svg.querySelectorAll('text')].map(t => {
      const b = t.getBoundingClientRect();
      const scale = t.getScreenCTM() ? Math.hypot(t.getScreenCTM().a, t.getScreenCTM().b) : 0;
      return {s: t.textContent, x0: b.left, y0: b.top, x1: b.right, y1: b.bottom, px: parseFloat(getComputedStyle(t).fontSize) * scale};
    });
    const outlined = [...svg.querySelectorAll('[id]')].filter(e => /^DejaVu|glyph/i.test(e.id)).length;
    figs.push({id: fig.id, left: box.left, right: box.right, width: box.width, svgs: fig.querySelectorAll('svg').length,
               texts, outlined, fonts: document.fonts.status});
  }
  return JSON.stringify({viewport: innerWidth, figs});
})()"""


async def measure_gallery(browser: Browser, url: str, width: int) -> dict:
    await set_width(browser, width)
    facts = await browser.visit(url)
    assert not facts["errors"], facts["errors"]
    await browser.send("Runtime.evaluate", expression="document.fonts.ready", awaitPromise=True)
    return await evaluate(browser, MEASURE)


def gallery_problems(measured: dict, min_px: float) -> list[str]:
    """What a reader would see wrong in a measured gallery: a figure missing or wider than the screen, text drawn as
    outlines, text under ``min_px``, two texts overlapping, '(s)', a line over 80 characters."""
    out = []
    for fig in measured["figs"]:
        name = fig["id"]
        if fig.get("missing"):
            out.append(f"{name}: no figure shown")
            continue
        if fig["svgs"] != 1:
            out.append(f"{name}: {fig['svgs']} SVGs in the figure, not one")
        if fig["right"] > measured["viewport"] + 0.5 or fig["left"] < -0.5:
            out.append(f"{name}: {fig['width']:.0f} px wide, wider than the {measured['viewport']} px screen")
        if fig["outlined"] or not fig["texts"]:
            out.append(f"{name}: text drawn as outlines ({fig['outlined']} glyph shapes, {len(fig['texts'])} texts)")
        for t in fig["texts"]:
            if t["px"] < min_px - 0.01:
                out.append(f"{name}: {t['px']:.1f} px text {t['s']!r}")
            if "(s)" in t["s"]:
                out.append(f"{name}: '(s)' in {t['s']!r}")
            if len(t["s"]) > 80:
                out.append(f"{name}: a line of {len(t['s'])} characters: {t['s'][:40]!r}…")
        texts = [t for t in fig["texts"] if t["s"].strip() and t["x1"] > t["x0"]]
        for i, a in enumerate(texts):
            for b in texts[i + 1:]:
                if a["x0"] < b["x1"] - 0.5 and b["x0"] < a["x1"] - 0.5 and a["y0"] < b["y1"] - 0.5 and b["y0"] < a["y1"] - 0.5:
                    out.append(f"{name}: {a['s']!r} overlaps {b['s']!r}")
    return out


def check_gallery(index: Path, shots: Path | None = None) -> dict[int, dict]:
    """Open ``index`` (a gallery page) at 375 and at 1400 px and assert what a reader sees is right; return the
    measurements by width. Screenshots go to ``shots`` when given."""
    async def run():
        browser = Browser(chromium())
        try:
            await browser.connect()
            found = {}
            for width, min_px in ((375, 12), (1400, 12)):
                measured = await measure_gallery(browser, index.as_uri(), width)
                found[width] = measured
                assert measured["figs"], "no figures in the gallery"
                problems = gallery_problems(measured, min_px)
                assert not problems, f"at {width} px:\n" + "\n".join(problems[:40])
                if shots is not None:
                    await browser.screenshot(shots / f"gallery-{width}.png")
            return found
        finally:
            browser.close()
    return asyncio.run(run())
