"""The HTTP API of ``ikicalc serve`` (issue 19): every endpoint, its errors and its limits,
through FastAPI's test client against the real application and its worker processes."""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any

import pytest
from fastapi.testclient import TestClient
from serve_helpers import ATTENDANCE, BAGOR, BAGOR_DATA, INVERTED, xlsx_indicator_ids

from ikicalc.serve import ServeSettings, create_app
from ikicalc.serve.scores import SCORES

ERROR_KEYS = {"message", "code", "line", "column", "excerpt"}


@pytest.fixture(scope="module")
def client() -> Iterator[TestClient]:
    with TestClient(create_app(ServeSettings(workers=2))) as test_client:
        yield test_client


def error_of(response: Any, status: int) -> dict[str, Any]:
    assert response.status_code == status, response.text
    body = response.json()
    assert set(body) == {"error"}
    assert set(body["error"]) == ERROR_KEYS
    error: dict[str, Any] = body["error"]
    return error


# --- the contract of the issue -----------------------------------------------------------


def test_parse_returns_variables_canonical_text_and_latex(client: TestClient) -> None:
    body = client.post("/api/parse", json={"formula": ATTENDANCE}).json()
    assert body["variables"] == ["Jumlah PNS yang hadir", "Jumlah PNS"]
    assert body["text"] == "Jumlah PNS yang hadir / Jumlah PNS × 100%"
    assert body["latex"] == r"\frac{\text{Jumlah PNS yang hadir}}{\text{Jumlah PNS}} \times 100\%"
    assert body["ast"]["type"] == "binary"
    assert body["ast"]["op"] == "×"
    assert body["ast"]["left"]["right"] == {
        "type": "variable", "name": "Jumlah PNS", "start": 24, "end": 34,
        "value": None, "op": None, "left": None, "right": None, "operand": None, "items": None,
    }


def test_parse_spans_point_at_each_variable_in_the_text(client: TestClient) -> None:
    text = "  Σ hari kerja efektif - Σ hari tidak masuk kerja / Σ hari kerja efektif"
    spans = client.post("/api/parse", json={"formula": text}).json()["spans"]
    assert [text[s["start"] : s["end"]] for s in spans] == [
        "hari kerja efektif", "hari tidak masuk kerja", "hari kerja efektif"
    ]
    assert all(s["sigma"] for s in spans)


def test_names_folded_over_rows_take_one_value_per_row(client: TestClient) -> None:
    text = "Σ (nilai × bobot) / Σ bobot - rata-rata (A, B)"
    body = client.post("/api/parse", json={"formula": text}).json()
    assert [(s["name"], s["sigma"]) for s in body["spans"]] == [
        ("nilai", True), ("bobot", True), ("bobot", True), ("A", False), ("B", False)
    ]
    assert body["ast"]["left"]["left"]["type"] == "aggregate"
    assert [item["name"] for item in body["ast"]["right"]["items"]] == ["A", "B"]


def test_evaluate_as_in_the_issue(client: TestClient) -> None:
    response = client.post(
        "/api/evaluate",
        json={"formula": ATTENDANCE, "data": {"jumlah pns yg hadir": 38, "Jumlah PNS": "40"}},
    )
    assert response.status_code == 200
    body = response.json()
    assert (body["value"], body["exact"], body["unit"]) == ("95.00", "95", "%")


def test_evaluate_is_exact_with_decimal_commas_and_sequences(client: TestClient) -> None:
    body = client.post(
        "/api/evaluate",
        json={"formula": "Σ hadir / Σ total x 100%",
              "data": {"hadir": ["0,1", 0.2, 1], "total": [3, 3, 3]}},
    ).json()
    assert (body["value"], body["exact"]) == ("14.44", "130/9")


def test_evaluate_reads_the_data_as_one_file_reads_its_cells(client: TestClient) -> None:
    """A PHP report sends '1.206' as text: with nothing deciding it is 1206 (thousands),
    and the answer says so (W113) instead of computing with 1,206 silently."""
    alone = client.post(
        "/api/evaluate", json={"formula": "A / B x 100%", "data": {"A": "1.206", "B": 2000}}
    ).json()
    assert alone["exact"] == "603/10"
    assert len(alone["warnings"]) == 1
    assert "W113" in alone["warnings"][0]
    assert "data 'A' (1.206)" in alone["warnings"][0]
    decided = client.post(
        "/api/evaluate",
        json={"formula": "A / Σ B x 100%", "data": {"A": "1.206", "B": ["1.000,5", "999,5"]}},
    ).json()
    assert (decided["exact"], decided["warnings"]) == ("603/10", [])
    english = client.post(
        "/api/evaluate", json={"formula": "A / B x 100%", "data": {"A": "1.206", "B": "81.35"}}
    ).json()
    assert english["value"] == "1.48"
    assert english["warnings"] == []
    solved = client.post(
        "/api/solve",
        json={"formula": "A / B x 100%", "variable": "A", "equals": 95, "given": {"B": "1.200"}},
    ).json()
    assert solved["exact"] == "1140"
    assert "W113" in solved["warnings"][0]


def test_capaian_reads_realisasi_and_target_as_one_file(client: TestClient) -> None:
    alone = client.post("/api/capaian", json={"realisasi": "1.206", "target": 95}).json()
    assert alone["exact"] == "24120/19"  # 1206 of 95, said: W112's 1 269 % is then no surprise
    assert "request 'realisasi' (1.206)" in alone["warnings"][0]
    decided = client.post("/api/capaian", json={"realisasi": "1.206", "target": "95,5"}).json()
    assert (decided["exact"], decided["warnings"]) == ("241200/191", [])


def test_evaluate_with_a_target_gives_capaian_and_kategori(client: TestClient) -> None:
    body = client.post(
        "/api/evaluate",
        json={"formula": ATTENDANCE, "data": {"Jumlah PNS yang hadir": 38, "Jumlah PNS": 40},
              "target": "90"},
    ).json()
    assert (body["capaian"], body["capaian_exact"], body["kategori"]) == (
        "105.56", "950/9", "Sangat Baik"
    )
    negative = client.post(
        "/api/evaluate",
        json={"formula": "A", "data": {"A": "6,5"}, "target": 7, "polarity": "negatif",
              "kategori": "25,00 – 43,75 Tidak Baik 43,76 – 200 Baik"},
    ).json()
    assert (negative["capaian"], negative["kategori"]) == ("107.14", "Baik")


def test_lint_reports_an_inverted_ratio_at_its_position(client: TestClient) -> None:
    body = client.post("/api/lint", json={"text": INVERTED}).json()
    [finding] = body["diagnostics"]
    assert finding["code"] == "W102"
    assert finding["severity"] == "warning"
    assert (finding["start"], finding["end"]) == (0, len(INVERTED))
    assert finding["suggestion"] == "Jumlah surat yg didistribusikan / Jumlah surat yang masuk"
    assert set(finding) >= {"code", "severity", "message", "start", "end", "suggestion"}
    assert client.post("/api/lint", json={"text": ATTENDANCE}).json() == {"diagnostics": []}


def test_lint_of_an_unreadable_cell_is_a_finding_not_an_error(client: TestClient) -> None:
    response = client.post("/api/lint", json={"text": "x 100%"})
    assert response.status_code == 200
    assert [d["code"] for d in response.json()["diagnostics"]] == ["E002"]


def test_a_syntax_error_is_400_with_line_column_and_caret(client: TestClient) -> None:
    error = error_of(client.post("/api/evaluate", json={"formula": "Jumlah PNS hadir / x 100%"}), 400)
    assert error["code"] == "formula_syntax"
    assert (error["line"], error["column"]) == (1, 20)
    assert error["excerpt"] == "  Jumlah PNS hadir / x 100%\n                     ^"
    assert "'x' has no operand before it" in error["message"]
    assert error_of(client.post("/api/parse", json={"formula": ""}), 400)["code"] == "formula_syntax"


def test_what_cannot_be_computed_is_422(client: TestClient) -> None:
    zero = error_of(client.post("/api/evaluate", json={"formula": "A / B", "data": {"A": 1, "B": 0}}), 422)
    assert zero["code"] == "evaluation"
    assert "'B' is 0" in zero["message"]
    assert zero["excerpt"] == "  A / B\n      ^"
    missing = error_of(
        client.post("/api/evaluate", json={"formula": ATTENDANCE, "data": {"Jumlah PNS": 40}}), 422
    )
    assert "Jumlah PNS yang hadir" in missing["message"]
    sequence = error_of(client.post("/api/evaluate", json={"formula": "A", "data": {"A": [1, 2]}}), 422)
    assert "Σ" in sequence["message"]


def test_requests_outside_the_schema_are_400(client: TestClient) -> None:
    assert error_of(client.post("/api/parse", json={}), 400)["code"] == "invalid_request"
    bad_json = client.post("/api/parse", content=b"{", headers={"content-type": "application/json"})
    assert error_of(bad_json, 400)["code"] == "invalid_request"
    wrong = error_of(client.post("/api/evaluate", json={"formula": "A", "data": {"A": {"x": 1}}}), 400)
    assert "data.A" in wrong["message"]
    unknown_field = client.post("/api/parse", json={"formula": "A", "formul": "B"})
    assert error_of(unknown_field, 400)["code"] == "invalid_request"
    yes_no = client.post("/api/evaluate", json={"formula": "A", "data": {"A": True}})
    assert error_of(yes_no, 400)["code"] == "invalid_request"


def test_text_and_numbers_that_are_not_numbers_are_refused(client: TestClient) -> None:
    text = error_of(client.post("/api/evaluate", json={"formula": "A", "data": {"A": "abc"}}), 422)
    assert "abc" in text["message"]
    nan = client.post("/api/evaluate", content=b'{"formula": "A", "data": {"A": NaN}}',
                      headers={"content-type": "application/json"})
    assert nan.status_code in (400, 422)
    assert "error" in nan.json()


def test_health_page_and_docs(client: TestClient) -> None:
    assert client.get("/health").json() == {"status": "ok"}
    page = client.get("/")
    assert page.status_code == 200
    assert page.headers["content-type"].startswith("text/html")
    assert '<html lang="id"' in page.text
    docs = client.get("/docs")
    assert docs.status_code == 200
    for path in ("/api/parse", "/api/evaluate", "/api/lint", "/api/report", "/api/solve",
                 "/api/explain", "/api/capaian", "/api/kategori", "/api/score/skm"):
        assert f"<code>{path}</code>" in docs.text
    assert "cdn" not in docs.text.lower()
    assert "<script" not in docs.text
    schema = client.get("/openapi.json").json()
    assert schema["components"]["schemas"]["EvaluateRequest"]["properties"]["formula"]["maxLength"] == 10_000


def test_unknown_paths_use_the_error_body(client: TestClient) -> None:
    assert error_of(client.get("/api/nothing"), 404)["code"] == "not_found"
    assert error_of(client.get("/static/../pyproject.toml"), 404)["code"] == "not_found"
    assert error_of(client.get("/static/..%2F..%2Fcli.py"), 404)["code"] == "not_found"


# --- explain, solve, capaian, kategori, scores ---------------------------------------------


def test_explain_gives_the_simplest_form(client: TestClient) -> None:
    body = client.post("/api/explain", json={"formula": "A × B / A"}).json()
    assert body["simplified"] == "B"
    assert body["simplified_latex"] == r"\text{B}"
    assert body["variables"] == ["A", "B"]


def test_solve(client: TestClient) -> None:
    body = client.post(
        "/api/solve",
        json={"formula": ATTENDANCE, "variable": "Jumlah PNS yang hadir", "equals": 95,
              "given": {"Jumlah PNS": 40}},
    ).json()
    assert body == {"value": "38.00", "exact": "38", "warnings": []}
    third = client.post("/api/solve", json={"formula": "A / B", "variable": "A", "equals": "1/3",
                                            "given": {"B": 1}})
    assert third.status_code in (200, 422)
    none = client.post("/api/solve", json={"formula": "A / A", "variable": "A", "equals": 2})
    assert error_of(none, 422)["message"]


def test_capaian(client: TestClient) -> None:
    assert client.post("/api/capaian", json={"realisasi": "81,35", "target": 84}).json() == {
        "capaian": "96.85", "exact": "8135/84", "warnings": []
    }
    assert client.post(
        "/api/capaian", json={"realisasi": 95, "target": [80, 90]}
    ).json()["capaian"] == "105.56"
    assert client.post(
        "/api/capaian", json={"realisasi": "6,5", "target": 7, "polarity": "negatif"}
    ).json()["capaian"] == "107.14"
    assert error_of(client.post("/api/capaian", json={"realisasi": 1, "target": 0}), 422)["message"]


def test_kategori_by_name_and_by_written_scale(client: TestClient) -> None:
    assert client.post("/api/kategori", json={"value": "81,35", "scale": "skm-2017"}).json() == {
        "label": "Baik", "grade": "B", "range": "76,61 – 88,30", "scale": "skm-2017"
    }
    written = "25,00 – 43,75 Tidak Baik 43,76 – 62,50 Kurang Baik 62,51 – 81,25 Baik 81,26 – 100,00 Sangat baik"
    assert client.post("/api/kategori", json={"value": "43,755", "scale": written}).json()["label"] == "Kurang Baik"
    assert client.post("/api/kategori", json={"value": "90,5"}).json()["label"] == "Sangat Baik"
    outside = error_of(client.post("/api/kategori", json={"value": 10, "scale": written}), 422)
    assert "outside this scale" in outside["message"]
    unknown = error_of(client.post("/api/kategori", json={"value": 10, "scale": "skm-2071"}), 400)
    assert unknown["code"] == "scale_syntax"


def test_every_scoring_rule_has_an_endpoint(client: TestClient) -> None:
    listed = client.get("/api/score").json()
    assert [s["name"] for s in listed] == list(SCORES)
    assert {"skm", "skp-pp46"} <= set(SCORES)
    skm = client.post("/api/score/skm", json={
        "responses": [[3, 4, 3, 3, 4, 3, 3, 4, 3], [4, 4, 4, 3, 3, 3, 3, 4, 4]]}).json()
    assert (skm["index"], skm["mutu"], skm["kinerja"]) == ("86.11", "B", "Baik")
    skp = client.post("/api/score/skp-pp46", json={
        "target": {"kuantitas": 10, "kualitas": 100, "waktu": 12},
        "realisasi": {"kuantitas": 10, "kualitas": 90, "waktu": 10}}).json()
    assert skp["waktu"] == "92.67"
    assert skp["biaya"] is None
    bad = client.post("/api/score/skm", json={"responses": [[3, 5]]})
    assert "not 1, 2, 3 or 4" in error_of(bad, 422)["message"]
    assert error_of(client.post("/api/score/skm", json={}), 400)["code"] == "invalid_request"


# --- report ------------------------------------------------------------------------------


def report(client: TestClient, fmt: str | None = None, data: tuple[str, bytes] | None = None,
           document: tuple[str, bytes] | None = None) -> Any:
    files = {
        "document": document or ("kecamatan-bagor-2019.yaml", BAGOR.read_bytes()),
        "data": data or ("bagor-2019-realisasi.csv", BAGOR_DATA.read_bytes()),
    }
    return client.post("/api/report", files=files, data={"format": fmt} if fmt else {})


def test_report_json_is_build_report(client: TestClient) -> None:
    import ikicalc
    from ikicalc.sheets import report_json

    body = report(client).json()
    expected = report_json(
        ikicalc.build_report(ikicalc.load_document(BAGOR), ikicalc.read_realisasi(BAGOR_DATA)),
        "bagor-2019-realisasi.csv",
    )
    assert body == json.loads(json.dumps(expected))
    assert body["counts"]["rows"] == 25


def test_report_as_csv_and_xlsx_files(client: TestClient) -> None:
    csv = report(client, "csv")
    assert csv.status_code == 200
    assert csv.headers["content-type"].startswith("text/csv")
    assert csv.content.startswith("\ufeffJabatan;ID;".encode())
    xlsx = report(client, "xlsx")
    assert xlsx.status_code == 200
    assert 'filename="laporan-kecamatan-bagor-2019.xlsx"' in xlsx.headers["content-disposition"]
    ids = xlsx_indicator_ids(xlsx.content)
    assert len(ids) == 25
    assert "003-004" in ids


def test_report_pdf_is_a_pdf_or_says_it_is_not_available(client: TestClient) -> None:
    pdf = report(client, "pdf")
    if pdf.status_code == 200:
        assert pdf.content.startswith(b"%PDF")
    else:
        assert "pdf" in error_of(pdf, 422)["message"]


def test_report_errors_name_the_uploaded_file(client: TestClient) -> None:
    bad = report(client, data=("realisasi kami.csv", b"indikator;variabel;nilai\n003-004;x;abc\n"))
    error = error_of(bad, 400)
    assert error["code"] == "data_invalid"
    assert error["line"] == 2
    assert error["message"].startswith("realisasi kami.csv:2")
    assert "ikicalc-serve-" not in error["message"]
    broken = error_of(report(client, document=("iki.yaml", b"unit: [")), 400)
    assert broken["code"] == "document_invalid"
    assert "iki.yaml" in broken["message"]
    assert error_of(report(client, data=("data.exe", b"x")), 400)["code"] == "unsupported_file"
    assert error_of(report(client, "docx"), 400)["code"] == "invalid_request"
    no_data = client.post("/api/report", files={"document": ("a.yaml", b"x")})
    assert "'data'" in error_of(no_data, 400)["message"]
    assert error_of(client.post("/api/report", json={}), 400)["code"] == "invalid_request"


def test_a_request_path_never_reaches_the_file_system(client: TestClient) -> None:
    hostile = report(client, data=("../../../../tmp/ikicalc-owned.csv", BAGOR_DATA.read_bytes()),
                     document=("/etc/passwd.yaml", BAGOR.read_bytes()))
    assert hostile.status_code == 200
    assert hostile.json()["source"] == "ikicalc-owned.csv"


def test_report_formats_follow_what_is_installed(client: TestClient) -> None:
    import ikicalc

    formats = client.get("/api/report/formats").json()
    assert formats["data"] == [".csv", ".xlsx", ".json", ".yaml", ".yml"]
    assert ".yaml" in formats["documents"]
    assert (".docx" in formats["documents"]) == hasattr(ikicalc, "import_document")


def test_the_page_and_its_static_files_are_served_from_the_package(client: TestClient) -> None:
    page = client.get("/").text
    for asset in ("/static/app.js", "/static/app.css", "/static/katex/katex.min.js",
                  "/static/katex/katex.min.css", "/static/katex/fonts/KaTeX_Main-Regular.woff2"):
        assert asset in page or asset.startswith("/static/katex/fonts")
        assert client.get(asset).status_code == 200, asset
    assert "http://" not in page
    assert "https://" not in page
    script = client.get("/static/app.js").text
    assert "innerHTML" not in script  # user text is only ever set as text


def test_the_examples_in_the_docs_work(client: TestClient) -> None:
    from ikicalc.serve.models import EXAMPLES

    paths = {"formula": ["/api/parse", "/api/explain"], "evaluate": ["/api/evaluate"],
             "lint": ["/api/lint"], "solve": ["/api/solve"], "capaian": ["/api/capaian"],
             "kategori": ["/api/kategori"]}
    assert set(paths) == set(EXAMPLES)
    docs = client.get("/docs").text
    for name, example in EXAMPLES.items():
        assert json.dumps(example, ensure_ascii=False, sort_keys=True).replace('"', "&quot;") in docs
        for path in paths[name]:
            assert client.post(path, json=example).status_code == 200, (path, example)


def test_evaluate_with_units(client: TestClient) -> None:
    units = {"Jumlah Pegawai": "orang", "hari kerja efektif": "hari", "hari tidak masuk kerja": "hari"}
    body = client.post("/api/evaluate", json={
        "formula": "Jumlah Pegawai x (Σ hari kerja efektif - Σ hari tidak masuk kerja)",
        "data": {"Jumlah Pegawai": 30, "hari kerja efektif": 240, "hari tidak masuk kerja": [1, 2, 3]},
        "units": units}).json()
    assert (body["value"], body["unit"]) == ("7020.00", "orang·hari")
    mismatch = client.post("/api/evaluate", json={
        "formula": "Jumlah Pegawai + hari kerja efektif",
        "data": {"Jumlah Pegawai": 30, "hari kerja efektif": 240}, "units": units})
    error = error_of(mismatch, 422)
    assert error["code"] == "unit_mismatch"
    assert error["excerpt"] is not None


@pytest.mark.parametrize(("name", "body", "expected"), [
    ("nilai-capaian-iki", {"capaian": 98}, {"kategori": "Cukup", "nilai": "88.00"}),
    ("nilai-capaian-iki", {"capaian": "100", "target_maksimal": True},
     {"kategori": "Sangat Baik", "nilai": "120.00"}),
    ("nilai-kinerja-tambahan", {"kategori": "baik", "bobot": 10, "nilai": 100}, {"nilai": "8.00"}),
    ("nilai-akhir-skp", {"utama": ["59,2", "43,6"]}, {"nilai": "102.80"}),
    ("nilai-kinerja-pp30", {"nilai_skp": 100, "nilai_perilaku": 90},
     {"nilai": "97.00", "predikat": "Baik"}),
    ("predikat-kinerja", {"hasil_kerja": "Di Atas Ekspektasi", "perilaku_kerja": "diatas"},
     {"predikat": "Sangat Baik"}),
])
def test_the_rules_in_force_have_endpoints(
    client: TestClient, name: str, body: dict[str, Any], expected: dict[str, str]
) -> None:
    response = client.post(f"/api/score/{name}", json=body)
    assert response.status_code == 200, response.text
    assert expected.items() <= response.json().items()


def test_a_rule_refuses_what_its_regulation_does_not_have(client: TestClient) -> None:
    wrong = client.post("/api/score/nilai-kinerja-pp30",
                        json={"nilai_skp": 100, "nilai_perilaku": 90, "bobot_skp": 50})
    assert error_of(wrong, 400)["code"] == "invalid_request"
    rating = client.post("/api/score/predikat-kinerja",
                         json={"hasil_kerja": "luar biasa", "perilaku_kerja": "sesuai"})
    assert "luar biasa" in error_of(rating, 422)["message"]
