"""The web page in a real browser: headless Chromium (Debian's ``chromium`` and
``chromium-driver``, installed by ``.ci/run``) driven by Selenium, against ``ikicalc serve``
started by the test on a free localhost port.

The test fails, never skips, when Chromium is missing. Set ``IKICALC_SCREENSHOTS=docs`` to
also write the screenshots shown in the README.
"""

from __future__ import annotations

import os
import shutil
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from selenium import webdriver
from selenium.webdriver.chrome.service import Service
from selenium.webdriver.common.by import By
from selenium.webdriver.remote.webdriver import WebDriver
from selenium.webdriver.remote.webelement import WebElement
from selenium.webdriver.support.ui import Select, WebDriverWait
from serve_helpers import (
    ATTENDANCE,
    BAGOR,
    BAGOR_DATA,
    INVERTED,
    ROOT,
    running_server,
    xlsx_indicator_ids,
)

CHROMIUM = "/usr/bin/chromium"
CHROMEDRIVER = "/usr/bin/chromedriver"


@pytest.fixture(scope="module")
def server() -> Iterator[str]:
    with running_server("--workers", "2") as url:
        yield url


@pytest.fixture
def browser(tmp_path: Path) -> Iterator[WebDriver]:
    for program in (CHROMIUM, CHROMEDRIVER):
        assert shutil.which(program), (
            f"{program} is missing: apt-get install chromium chromium-driver (.ci/run does)"
        )
    os.environ["SE_OFFLINE"] = "true"  # Selenium Manager must not download anything
    options = webdriver.ChromeOptions()
    options.binary_location = CHROMIUM
    for argument in ("--headless=new", "--no-sandbox", "--disable-dev-shm-usage",
                     "--window-size=1280,1500", "--lang=id", "--disable-gpu"):
        options.add_argument(argument)
    downloads = tmp_path / "unduhan"
    downloads.mkdir()
    options.add_experimental_option("prefs", {
        "download.default_directory": str(downloads),
        "download.prompt_for_download": False,
    })
    driver = webdriver.Chrome(options=options, service=Service(executable_path=CHROMEDRIVER))
    driver.execute_cdp_cmd(
        "Browser.setDownloadBehavior", {"behavior": "allow", "downloadPath": str(downloads)}
    )
    try:
        yield driver
    finally:
        driver.quit()


def wait(driver: WebDriver, what: str, condition: object, seconds: float = 20) -> object:
    return WebDriverWait(driver, seconds).until(
        lambda d: condition(d),  # type: ignore[operator]
        message=f"waited {seconds} s for {what}",
    )


def screenshot(driver: WebDriver, element: WebElement | None, name: str, folder: Path) -> None:
    target = folder / name
    if element is not None:
        driver.execute_script("arguments[0].scrollIntoView({block: 'start'})", element)
    assert driver.save_screenshot(str(target))
    assert target.read_bytes().startswith(b"\x89PNG")
    wanted = os.environ.get("IKICALC_SCREENSHOTS")
    if wanted:
        shutil.copy(target, ROOT / wanted / name)


def type_formula(driver: WebDriver, text: str) -> None:
    box = driver.find_element(By.ID, "formula")
    box.clear()
    box.send_keys(text)


def test_formula_as_you_type_then_the_report(server: str, browser: WebDriver, tmp_path: Path) -> None:
    browser.get(server + "/")
    assert browser.find_element(By.TAG_NAME, "html").get_attribute("lang") == "id"

    # 1. type a seed formula: the variables are highlighted in the text, the fraction rendered
    type_formula(browser, ATTENDANCE)
    marks = wait(browser, "the highlighted variables", lambda d: [
        m.text for m in d.find_elements(By.CSS_SELECTOR, "#sorotan mark.var")] or None)
    assert marks == ["Jumlah PNS yang hadir", "Jumlah PNS"]
    # the marks are drawn behind the text of the textarea itself, on the same box
    area = browser.find_element(By.ID, "formula").rect
    backdrop = browser.find_element(By.ID, "sorotan").rect
    assert (backdrop["x"], backdrop["y"], backdrop["width"]) == (area["x"], area["y"], area["width"])
    assert abs(backdrop["height"] - area["height"]) < 1
    first = browser.find_element(By.CSS_SELECTOR, "#sorotan mark.var").rect
    assert 0 < first["x"] - area["x"] < 20
    assert 0 < first["y"] - area["y"] < 20
    fraction = wait(browser, "a KaTeX fraction", lambda d: d.find_elements(
        By.CSS_SELECTOR, "#latex .katex-display .mfrac"))
    assert fraction
    latex_text = browser.find_element(By.ID, "latex").text
    assert "Jumlah PNS yang hadir" in latex_text
    assert "100%" in latex_text.replace(" ", "")
    assert browser.find_elements(By.CSS_SELECTOR, "#temuan li") == []

    # 2. one input per variable; fill them, with a target: realisasi, capaian, kategori
    inputs = browser.find_elements(By.CSS_SELECTOR, "#variabel input")
    assert [i.get_attribute("data-variable") for i in inputs] == ["Jumlah PNS yang hadir", "Jumlah PNS"]
    inputs[0].send_keys("38")
    inputs[1].send_keys("40")
    wait(browser, "the result", lambda d: d.find_element(By.ID, "hasil-nilai").text == "95,00 %")
    browser.find_element(By.ID, "target").send_keys("90")
    Select(browser.find_element(By.ID, "skala")).select_by_value("skp-2013")
    wait(browser, "capaian", lambda d: d.find_element(By.ID, "hasil-capaian").text == "105,56 %")
    assert browser.find_element(By.ID, "hasil-kategori").text == "Sangat Baik"
    screenshot(browser, None, "serve-formula.png", tmp_path)

    # 3. an inverted ratio (seed 003-019): a W102 warning, underlined where it is
    type_formula(browser, INVERTED)
    finding = wait(browser, "the lint warning", lambda d: [
        li.text for li in d.find_elements(By.CSS_SELECTOR, "#temuan li.warning")] or None)
    assert isinstance(finding, list)
    assert finding[0].startswith("W102")
    underlined = browser.find_elements(By.CSS_SELECTOR, "#sorotan .lint.warning")
    assert "".join(u.text for u in underlined) == INVERTED
    assert browser.find_elements(By.CSS_SELECTOR, "#sorotan .lint.warning mark.var")
    screenshot(browser, None, "serve-lint.png", tmp_path)

    # a syntax error is shown with its caret excerpt
    type_formula(browser, "Jumlah PNS hadir / x 100%")
    error = wait(browser, "the syntax error", lambda d: d.find_element(By.ID, "galat").text or None)
    assert isinstance(error, str)
    assert "'x' tidak didahului operand" in error  # the page asks for Indonesian
    assert "^" in error

    # 4. upload the Bagor document and its realisasi: the report table, then the XLSX
    browser.find_element(By.ID, "dokumen").send_keys(str(BAGOR))
    browser.find_element(By.ID, "data").send_keys(str(BAGOR_DATA))
    browser.find_element(By.ID, "buat-laporan").click()
    wait(browser, "the report table", lambda d: len(
        d.find_elements(By.CSS_SELECTOR, "#laporan tbody tr")) == 25)
    summary = browser.find_element(By.ID, "ringkasan-laporan").text
    assert summary.startswith("25 baris:")
    ids = [td.text for td in browser.find_elements(By.CSS_SELECTOR, "#laporan tbody td:first-child")]
    assert "003-004" in ids
    screenshot(browser, browser.find_element(By.ID, "bagian-laporan"), "serve-report.png", tmp_path)

    browser.find_element(By.ID, "unduh-xlsx").click()
    downloads = tmp_path / "unduhan"
    deadline = time.monotonic() + 30
    files: list[Path] = []
    while time.monotonic() < deadline:
        files = [f for f in downloads.iterdir() if f.suffix == ".xlsx"]
        if files:
            break
        time.sleep(0.2)
    assert [f.name for f in files] == ["laporan-kecamatan-bagor-2019.xlsx"]
    ids = xlsx_indicator_ids(files[0].read_bytes())
    assert len(ids) == 25
    assert "003-004" in ids

    # nothing was fetched from anywhere but the server
    loaded = browser.execute_script(
        "return performance.getEntriesByType('resource').map(e => e.name)")
    assert loaded
    assert all(url.startswith(server) or url.startswith("blob:") for url in loaded), loaded
