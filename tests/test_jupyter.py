"""JupyterLab smoke test: the server on loopback with a token, its REST API, a kernel running notebook 01."""
from __future__ import annotations

import asyncio
import json
import os
import secrets
import shutil
import socket
import subprocess
import sys
import time
import urllib.request
import uuid
from pathlib import Path

import nbformat
import pytest
from tornado.websocket import websocket_connect

from loss_claims.ledger import files
from loss_claims.ledger.paths import NOTEBOOKS_DIR, PROJECT_ROOT, RUNS_DIR

pytestmark = pytest.mark.e2e  # each end-to-end path runs once, in the outer suite


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    port, token = free_port(), secrets.token_hex(16)
    runtime = tmp_path_factory.mktemp("jupyter-runtime")
    log = (runtime / "server.log").open("wb")  # a file, not a pipe: a full pipe nobody reads would stall the server
    proc = subprocess.Popen(
        [sys.executable, "-m", "jupyterlab", "--no-browser", "--ServerApp.ip=127.0.0.1", f"--ServerApp.port={port}",
         "--ServerApp.port_retries=0", f"--IdentityProvider.token={token}", f"--ServerApp.root_dir={PROJECT_ROOT}",
         "--LabApp.expose_app_in_browser=True",  # window.jupyterapp: the test opens each notebook as the file browser does
         *(["--allow-root"] if os.geteuid() == 0 else [])],
        stdout=log, stderr=subprocess.STDOUT, env={**os.environ, "JUPYTER_RUNTIME_DIR": str(runtime)},
    )
    base = f"http://127.0.0.1:{port}"
    deadline = time.time() + 90
    while time.time() < deadline and proc.poll() is None:
        try:
            with urllib.request.urlopen(f"{base}/api/status?token={token}", timeout=2) as r:
                if r.status == 200:
                    break
        except OSError:
            time.sleep(0.5)
    else:
        proc.kill()
        log.close()
        pytest.fail("JupyterLab did not start:\n" + (runtime / "server.log").read_text(errors="replace")[-3000:])
    yield base, token
    proc.terminate()
    try:
        proc.wait(timeout=30)
    except subprocess.TimeoutExpired:
        proc.kill()
        proc.wait(timeout=30)
    log.close()


def api(server, path: str, method: str = "GET", body: dict | None = None):
    base, token = server
    req = urllib.request.Request(f"{base}{path}", method=method, data=json.dumps(body).encode() if body is not None else None,
                                 headers={"Authorization": f"token {token}", "Content-Type": "application/json"})
    with urllib.request.urlopen(req, timeout=30) as r:
        return r.status, json.loads(r.read() or b"null")


def test_token_is_required(server):
    base, _ = server
    with pytest.raises(urllib.error.HTTPError) as e:
        urllib.request.urlopen(f"{base}/api/contents/notebooks", timeout=10)
    assert e.value.code == 403


def test_jupyterlab_lists_the_notebooks_and_runs_notebook_01_in_the_project_kernel(server):
    base, token = server
    with urllib.request.urlopen(f"{base}/lab?token={token}", timeout=30) as r:
        assert r.status == 200 and b"JupyterLab" in r.read()
    status, listing = api(server, "/api/contents/notebooks")
    names = {item["name"] for item in listing["content"]}
    assert {p.name for p in NOTEBOOKS_DIR.glob("0*.ipynb")} <= names
    status, kernel = api(server, "/api/kernels", "POST", {"name": "python3"})
    assert status == 201
    try:
        nb = nbformat.read(NOTEBOOKS_DIR / "01-summarize-the-ledger.ipynb", as_version=4)
        results = asyncio.run(run_cells(base, token, kernel["id"], ["import sys; print(sys.executable)"]
                                        + [c.source for c in nb.cells if c.cell_type == "code"]))
    finally:
        api(server, f"/api/kernels/{kernel['id']}", "DELETE")
    executable, *cells = results
    assert Path(executable["stdout"].strip()).is_relative_to(Path(sys.prefix))  # the project's environment (not resolved: a venv links its python)
    stored = [c for c in nb.cells if c.cell_type == "code"]
    assert len(cells) == len(stored)
    for got, cell in zip(cells, stored):
        assert got["status"] == "ok", got
        want = "".join(o.get("text", "") for o in cell.outputs if o.output_type == "stream")
        assert got["stdout"] == want


async def run_cells(base: str, token: str, kernel_id: str, sources: list[str]) -> list[dict]:
    url = base.replace("http", "ws", 1) + f"/api/kernels/{kernel_id}/channels?token={token}"
    ws = await websocket_connect(url, max_message_size=64 * 2**20)
    session, results = uuid.uuid4().hex, []
    try:
        for source in sources:
            msg_id = uuid.uuid4().hex
            await ws.write_message(json.dumps({
                "header": {"msg_id": msg_id, "username": "test", "session": session, "msg_type": "execute_request", "version": "5.3"},
                "parent_header": {}, "metadata": {}, "channel": "shell",
                "content": {"code": source, "silent": False, "store_history": True, "user_expressions": {}, "allow_stdin": False},
            }))
            result = {"status": None, "stdout": "", "idle": False}
            while result["status"] is None or not result["idle"]:
                raw = await asyncio.wait_for(ws.read_message(), timeout=120)
                msg = json.loads(raw)
                if msg.get("parent_header", {}).get("msg_id") != msg_id:
                    continue
                kind = msg["header"]["msg_type"]
                if kind == "stream" and msg["content"]["name"] == "stdout":
                    result["stdout"] += msg["content"]["text"]
                elif kind == "execute_reply":
                    result["status"] = msg["content"]["status"]
                    if result["status"] != "ok":
                        result["error"] = msg["content"].get("evalue")
                elif kind == "status" and msg["content"]["execution_state"] == "idle":
                    result["idle"] = True
            results.append(result)
    finally:
        ws.close()
    return results


async def kernel_language_info(base: str, token: str, kernel_id: str) -> dict:
    """What the lab writes into a notebook's metadata once its kernel has started."""
    ws = await websocket_connect(base.replace("http", "ws", 1) + f"/api/kernels/{kernel_id}/channels?token={token}")
    msg_id = uuid.uuid4().hex
    try:
        await ws.write_message(json.dumps({
            "header": {"msg_id": msg_id, "username": "test", "session": uuid.uuid4().hex, "msg_type": "kernel_info_request",
                       "version": "5.3"}, "parent_header": {}, "metadata": {}, "channel": "shell", "content": {}}))
        while True:
            msg = json.loads(await asyncio.wait_for(ws.read_message(), timeout=60))
            if msg.get("parent_header", {}).get("msg_id") == msg_id and msg["header"]["msg_type"] == "kernel_info_reply":
                return msg["content"]["language_info"]
    finally:
        ws.close()


def test_opening_and_saving_a_notebook_in_the_lab_leaves_it_unchanged(server):
    """The lab fills metadata.language_info from the kernel and autosaves: the committed notebook must already say so.
    The lab saves a copy in a run folder (the server writes a file in place, not atomically, and other tests read and
    list the notebooks while this one runs)."""
    base, token = server
    name = "02-chart-losses-by-unit.ipynb"
    path = NOTEBOOKS_DIR / name
    original = path.read_bytes()
    copy = RUNS_DIR / f"lab-save-check-{uuid.uuid4().hex[:8]}" / name
    status, kernel = api(server, "/api/kernels", "POST", {"name": "python3"})
    try:
        language_info = asyncio.run(kernel_language_info(base, token, kernel["id"]))
    finally:
        api(server, f"/api/kernels/{kernel['id']}", "DELETE")
    try:
        files.make_dirs(copy.parent)
        files.atomic_write(copy, original)
        where = copy.relative_to(PROJECT_ROOT).as_posix()
        status, model = api(server, f"/api/contents/{where}?content=1")
        model["content"]["metadata"]["language_info"] = language_info
        status, _ = api(server, f"/api/contents/{where}", "PUT",
                        {"type": "notebook", "format": "json", "content": model["content"]})
        assert status == 200
        assert copy.read_bytes() == original  # what the lab writes back is byte for byte what is committed
        assert path.read_bytes() == original
    finally:
        shutil.rmtree(copy.parent, ignore_errors=True)


LAB_FACTS = """(() => {
  const images = [...document.querySelectorAll('.jp-NotebookPanel:not(.lm-mod-hidden) .jp-OutputArea-output.jp-RenderedImage img')];
  const toasts = [...document.querySelectorAll('.Toastify__toast, .jp-Notification-Toast')].map(t => t.textContent);
  const tab = document.querySelector('#jp-main-dock-panel .lm-TabBar-tab.lm-mod-current .lm-TabBar-tabLabel');
  return JSON.stringify({images: images.map(i => ({w: i.naturalWidth, shown: i.getBoundingClientRect().width})), toasts,
                         tab: tab ? tab.textContent : null,
                         cells: document.querySelectorAll('.jp-NotebookPanel:not(.lm-mod-hidden) .jp-Cell').length});
})()"""


def test_every_notebook_shows_its_charts_in_jupyterlab(server):
    """In the lab itself (headless Chromium): each notebook, opened as a reader would, shows one rendered image per
    figure it declares, at the width it was made for; and the lab asks nothing about news."""
    import time

    from browser import Browser, chromium, evaluate
    from notebook_exec import declared_figures
    from loss_claims.tools.runner import notebooks

    base, token = server

    async def run():
        browser = Browser(chromium())
        try:
            await browser.connect()
            found = {}
            for n, path in enumerate(notebooks()):
                want = len(declared_figures([path]))
                if n == 0:  # the lab loads once; each further notebook opens in it, as a double click in the file browser does
                    await browser.visit(f"{base}/lab/tree/notebooks/{path.name}?token={token}&reset")
                else:
                    await evaluate(browser, f"window.jupyterapp.commands.execute('docmanager:open', "
                                            f"{{path: 'notebooks/{path.name}'}}).then(() => 'true')", wait=True)
                deadline = time.time() + 60
                while True:
                    facts = await evaluate(browser, LAB_FACTS)
                    if (facts["cells"] and facts["tab"] == path.name and len(facts["images"]) >= want and all(i["w"] for i in facts["images"])) or time.time() > deadline:
                        break
                    await asyncio.sleep(0.3)
                found[path.name] = (want, facts)
            return found
        finally:
            browser.close()

    for name, (want, facts) in asyncio.run(run()).items():
        assert facts["cells"] and facts["tab"] == name, f"{name}: the lab did not open the notebook ({facts['tab']!r} is in front)"
        assert len(facts["images"]) == want, (name, facts)
        assert all(i["w"] > 0 and 600 <= i["shown"] <= 680 for i in facts["images"]), (name, facts["images"])
        assert not [t for t in facts["toasts"] if "news" in t.lower()], facts["toasts"]
