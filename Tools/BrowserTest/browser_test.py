"""The explorer page of `kgraph view`, checked in a real browser (headless Chromium, driven by
Selenium through chromedriver).

Usage: python3 Tools/BrowserTest/browser_test.py KGRAPH OUTPUT_DIR

Builds a store from fixture.jsonl (hand-written articles and events, beside this file), writes the
page around KT, opens it and checks that
  - it fetches nothing (no external script, style, font or image; no resource loaded at all),
  - the organizations and relations of the store are drawn,
  - moving the date slider before the KT–Microsoft partnership hides its edge, and moving it back
    shows it again,
  - a kind filter hides the relations of its kind,
  - clicking the relation lists its occurrence in the side panel with both sources, their
    publishers, headlines, evidence, and a link to the article URL where one is known,
  - clicking an organization lists every occurrence it takes part in,
and saves a screenshot to OUTPUT_DIR/explorer.png. Every wait has a timeout and says what it
waited for. Exit 0 when all checks pass, 1 when one fails, 2 when the browser cannot be started.
"""
import json
import os
import shutil
import subprocess
import sys
import time

HERE = os.path.dirname(os.path.abspath(__file__))
TIMEOUT = 15


def fail(message):
    print(f"FAIL  {message}")
    sys.exit(1)


def ok(message):
    print(f"ok    {message}")


def kgraph(binary, *args):
    r = subprocess.run([binary, *args], capture_output=True, text=True, timeout=120)
    if r.returncode != 0:
        fail(f"kgraph {' '.join(args)} exited {r.returncode}: {r.stderr.strip()}")
    return r.stdout


def start_browser():
    try:
        from selenium import webdriver
        from selenium.webdriver.chrome.service import Service
    except ImportError:
        print("browser_test.py: needs Selenium (pip install selenium); Tools/setup.sh installs it", file=sys.stderr)
        sys.exit(2)
    chromium = shutil.which("chromium") or shutil.which("chromium-browser")
    driver = shutil.which("chromedriver") or "/usr/bin/chromedriver"
    if not chromium or not os.path.exists(driver):
        print("browser_test.py: needs Debian's chromium and chromium-driver; run Tools/setup.sh", file=sys.stderr)
        sys.exit(2)
    options = webdriver.ChromeOptions()
    options.binary_location = chromium
    for arg in ("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--window-size=1400,900", "--lang=ko-KR"):
        options.add_argument(arg)
    try:
        browser = webdriver.Chrome(service=Service(driver), options=options)
    except Exception as e:  # the driver's own message says what is missing
        print(f"browser_test.py: Chromium did not start: {str(e).splitlines()[0]}", file=sys.stderr)
        sys.exit(2)
    browser.set_page_load_timeout(TIMEOUT)
    browser.set_script_timeout(TIMEOUT)
    return browser


def wait_for(what, condition, timeout=TIMEOUT):
    deadline = time.time() + timeout
    while time.time() < deadline:
        value = condition()
        if value:
            return value
        time.sleep(0.05)
    fail(f"timed out after {timeout} s waiting for {what}")


def main():
    if len(sys.argv) != 3:
        print(__doc__, file=sys.stderr)
        sys.exit(2)
    binary, out = os.path.abspath(sys.argv[1]), os.path.abspath(sys.argv[2])
    os.makedirs(out, exist_ok=True)
    store = os.path.join(out, "store")
    shutil.rmtree(store, ignore_errors=True)
    kgraph(binary, "init", "--store", store)
    kgraph(binary, "append", os.path.join(HERE, "fixture.jsonl"), "--store", store)
    page = os.path.join(out, "kt.html")
    kgraph(binary, "view", "KT", "--depth", "2", "--output", page, "--store", store)

    html = open(page, encoding="utf-8").read()
    for needle in ("<script src", "<link", "@import", "url(", "@font-face"):
        if needle in html:
            fail(f"the page refers to something outside it ({needle!r})")
    ok("the page is one file that refers to nothing outside it")

    browser = start_browser()
    try:
        check(browser, page, out)
    finally:
        browser.quit()


def check(browser, page, out):
    from selenium.webdriver.common.by import By
    from selenium.webdriver.common.keys import Keys

    browser.get("file://" + page)
    wait_for("the page's script to finish (body[data-ready])",
             lambda: browser.execute_script("return document.body.getAttribute('data-ready') === 'true'"))
    resources = browser.execute_script("return performance.getEntriesByType('resource').map(e => e.name)")
    if resources:
        fail(f"the page loaded resources: {resources}")
    ok("the page loaded no resource")

    data = browser.execute_script("return JSON.parse(document.getElementById('kgraph-data').textContent)")
    names = {n["name"]: n["id"] for n in data["graph"]["nodes"]}
    for name in ("KT", "마이크로소프트", "오픈AI", "KT클라우드", "딥시크", "외교부", "국방부", "산업통상자원부"):
        if name not in names:
            fail(f"{name} is not in the page's data: {sorted(names)}")
        g = browser.find_element(By.ID, names[name])
        if not g.is_displayed() or name not in g.text:
            fail(f"the node of {name} is not drawn (text {g.text!r})")
    ok(f"{len(names)} organizations drawn, with their names")

    relations = data["graph"]["relations"]
    if len(relations) != 7:
        fail(f"expected 7 relations (2 partnerships of MS, 1 investment, 3 bans, KT–딥시크), found {len(relations)}")
    for r in relations:
        if not browser.find_element(By.ID, r["id"]).is_displayed():
            fail(f"relation {r['summary']} ({r['kind']}) is not drawn")
    ok("7 relations drawn")

    def relation(kind, a, b):
        for r in relations:
            if r["kind"] == kind and {r["from"], r["to"]} == {names[a], names[b]}:
                return r
        fail(f"no {kind} relation between {a} and {b} in the data")

    kt_ms = relation("partnership", "KT", "마이크로소프트")
    edge = browser.find_element(By.ID, kt_ms["id"])

    # The slider: Home goes to its first stop, each Right to the next date.
    slider = browser.find_element(By.ID, "slider")
    asof = browser.find_element(By.ID, "asof")
    slider.send_keys(Keys.HOME)
    dates = data["dates"]
    before = max(d for d in dates if d < "2024-06-03")
    for _ in range(dates.index(before)):
        slider.send_keys(Keys.ARROW_RIGHT)
    wait_for(f"the slider to say {before}", lambda: asof.text == before)
    wait_for("the KT–Microsoft edge to disappear before 2024-06-03", lambda: not edge.is_displayed())
    ms_openai = browser.find_element(By.ID, relation("partnership", "마이크로소프트", "오픈AI")["id"])
    if not ms_openai.is_displayed():
        fail("the Microsoft–OpenAI partnership of 2023 should still be drawn as of " + before)
    if browser.find_element(By.ID, names["KT클라우드"]).is_displayed():
        fail("KT클라우드 appears only in September 2024 and should be hidden as of " + before)
    ok(f"as of {before} the KT–Microsoft partnership is hidden and the 2023 one is not")
    slider.send_keys(Keys.ARROW_RIGHT)
    wait_for("the slider to reach 2024-06-03", lambda: asof.text == "2024-06-03")
    wait_for("the KT–Microsoft edge to come back on 2024-06-03", lambda: edge.is_displayed())
    slider.send_keys(Keys.END)
    wait_for("the slider to reach every date", lambda: asof.text.startswith("all dates"))
    ok("moving the slider back to 2024-06-03 shows the edge again")

    # Kind filters.
    ban = browser.find_element(By.ID, relation("ban", "외교부", "딥시크")["id"])
    browser.find_element(By.ID, "kind-ban").click()
    wait_for("ban relations to hide when the ban filter is off", lambda: not ban.is_displayed())
    if not edge.is_displayed():
        fail("turning bans off hid a partnership")
    browser.find_element(By.ID, "kind-ban").click()
    wait_for("ban relations to come back", lambda: ban.is_displayed())
    ok("the ban filter hides and shows the bans only")

    # Clicking the relation (its label) lists its occurrence and sources.
    edge.find_element(By.TAG_NAME, "text").click()
    panel = browser.find_element(By.ID, "panel")
    wait_for("the side panel to list the KT–Microsoft occurrence",
             lambda: panel.find_elements(By.CSS_SELECTOR, ".occurrence"))
    occurrences = panel.find_elements(By.CSS_SELECTOR, ".occurrence")
    if len(occurrences) != 1:
        fail(f"expected one occurrence of the KT–Microsoft partnership, the panel lists {len(occurrences)}")
    text = occurrences[0].text
    for needle in ("2024-06-03", "2 sources", "AI·클라우드", "가상일보", "가상타임스",
                   "KT, MS와 AI·클라우드 5년 협력", "케이티·마이크로소프트 협력, 무엇이 달라지나",
                   "KT와 MS는 인공지능과 클라우드 분야에서 5년간 협력하기로 했다고 3일 밝혔다."):
        if needle not in text:
            fail(f"the panel does not show {needle!r}: {text!r}")
    reports = occurrences[0].find_elements(By.CSS_SELECTOR, ".report")
    if len(reports) != 2:
        fail(f"expected the occurrence's two reports, the panel lists {len(reports)}")
    links = [a.get_attribute("href") for a in occurrences[0].find_elements(By.CSS_SELECTOR, "a.source")]
    if links != ["https://news.example.org/2024/kt-ms-ai"]:
        fail(f"expected one link, to the article with a URL; found {links}")
    ok("clicking the relation lists its occurrence, both sources, their evidence and the article link")

    shot = os.path.join(out, "explorer.png")
    browser.save_screenshot(shot)
    if os.path.getsize(shot) < 5000:
        fail(f"the screenshot {shot} is suspiciously small")
    ok(f"screenshot saved: {shot}")

    # Clicking an organization lists every occurrence it takes part in.
    browser.find_element(By.ID, names["딥시크"]).find_element(By.TAG_NAME, "text").click()
    wait_for("the side panel to list 딥시크's occurrences",
             lambda: panel.find_element(By.TAG_NAME, "h2").text.startswith("딥시크"))
    listed = panel.find_elements(By.CSS_SELECTOR, ".occurrence")
    if len(listed) != 4:
        fail(f"딥시크 takes part in three bans and a partnership; the panel lists {len(listed)} occurrences")
    ok("clicking an organization lists its four occurrences")


if __name__ == "__main__":
    main()
