# Conecta — set-up, demo, tests, translations and packaging on Debian 12 / Ubuntu.
# `make demo` and `make test` install whatever is missing (QGIS from the distribution via apt,
# dev tools into .venv) and are quick once installed.

SHELL := /bin/bash
SYSTEM_PYTHON ?= /usr/bin/python3
VENV := .venv
PY := $(VENV)/bin/python
# Debian's /usr/bin/qgis_process wrapper passes --noversioncheck, which 3.22 rejects: prefer the .bin.
QGIS_PROCESS ?= $(shell command -v qgis_process.bin 2>/dev/null || command -v qgis_process 2>/dev/null || echo /usr/bin/qgis_process.bin)
APT_PACKAGES := qgis python3-qgis qgis-providers qttools5-dev-tools pyqt5-dev-tools gdal-bin poppler-utils \
	python3-markdown xvfb xauth python3-venv python3-numpy python3-scipy python3-pandas python3-matplotlib python3-geopandas python3-rasterio \
	python3-dask python3-distributed
SUDO := $(shell [ "$$(id -u)" = 0 ] || echo sudo)
TS := i18n/conecta_es.ts i18n/conecta_pt_BR.ts
QM := $(TS:.ts=.qm)
SOURCES := $(shell find . -name '*.py' -not -path './.venv/*' -not -path './build/*' -not -path './tests/*' -not -path './bench/*' -not -path './scripts/*' | sort)

export QT_QPA_PLATFORM := offscreen
export QGIS_PROCESS

.PHONY: setup system venv demo test lint translations qm help package sample styles screenshots clean

setup: system venv qm help

system:
	@if ! $(SYSTEM_PYTHON) -c "import qgis.core, numpy, scipy, pandas" >/dev/null 2>&1 \
	    || ! command -v lrelease >/dev/null || ! command -v pylupdate5 >/dev/null || ! command -v pdfinfo >/dev/null \
	    || ! command -v xvfb-run >/dev/null || ! $(SYSTEM_PYTHON) -c "import markdown" >/dev/null 2>&1 \
	    || ! [ -x "$(QGIS_PROCESS)" ]; then \
		echo "Installing QGIS and tools from the distribution's packages…"; \
		$(SUDO) env DEBIAN_FRONTEND=noninteractive apt-get update -q && \
		$(SUDO) env DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends $(APT_PACKAGES); \
	fi

$(VENV)/.installed: requirements-dev.txt requirements-validation.txt
	$(SYSTEM_PYTHON) -m venv --system-site-packages $(VENV)
	$(PY) -m pip install -q -r requirements-dev.txt
	$(PY) -m pip install -q --no-deps -r requirements-validation.txt
	touch $@

venv: system $(VENV)/.installed

i18n/%.qm: i18n/%.ts
	lrelease -silent $< -qm $@

qm: system $(QM)

# offline help shipped in the plugin (resources/help), built from the guides and the algorithms' own texts
HELP_PAGES := resources/help/en/index.html resources/help/es/index.html resources/help/pt_BR/index.html
$(HELP_PAGES) &: $(QM) $(SOURCES) $(wildcard docs/*.md docs/algorithms/*.md) scripts/build_help.py
	$(SYSTEM_PYTHON) scripts/build_help.py >/dev/null

help: system $(HELP_PAGES)

translations: system
	pylupdate5 -noobsolete $(SOURCES) -ts $(TS)
	$(MAKE) qm

demo: setup
	$(SYSTEM_PYTHON) scripts/demo.py --qgis-process "$(QGIS_PROCESS)" --out out

# the whole suite, then which raise statements no test ran (scripts/raise_coverage.py; RAISE_MIN percent at least)
RAISE_MIN ?= 90
test: setup
	CONECTA_DESKTOP_REQUIRED=1 CONECTA_STRICT=1 $(VENV)/bin/pytest -ra --cov=conecta --cov-report= tests
	$(PY) scripts/raise_coverage.py --min $(RAISE_MIN) --explained

lint: venv
	$(PY) -m ruff check .
	$(PY) -m ruff format --check .

sample: system
	$(SYSTEM_PYTHON) scripts/build_sample.py

styles: system
	$(SYSTEM_PYTHON) scripts/build_styles.py

screenshots: setup
	$(SYSTEM_PYTHON) scripts/screenshots.py

package: setup
	$(SYSTEM_PYTHON) scripts/package.py --output dist/conecta.zip

clean:
	rm -rf build dist out $(QM) resources/help
