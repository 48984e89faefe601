"""Build the wheel and the sdist, check what the wheel holds, install it fresh, run the example.

    python scripts/check_wheel.py            # in a temporary folder, removed after
    python scripts/check_wheel.py --keep DIR # leave dist/ and the venv in DIR

CI runs it after the tests (`.ci/run`). It needs the `release` extra (`build`). The wheel
must hold `py.typed` and every data file the package reads; the quickstart runs from the
installed wheel in a new virtual environment, from a folder outside the repository, so a
file that is only in the working tree cannot make it pass.
"""

from __future__ import annotations

import argparse
import pathlib
import subprocess
import sys
import tempfile
import venv
import zipfile

ROOT = pathlib.Path(__file__).resolve().parent.parent


def expected_files() -> set[str]:
    """Every file the wheel must hold: the package's files git tracks, `py.typed` among them."""
    listed = subprocess.run(
        ["git", "ls-files", "src/smallsteps"], cwd=ROOT, capture_output=True, text=True, check=True
    ).stdout.split()
    return {"smallsteps/py.typed", *(name.removeprefix("src/") for name in listed)}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--keep", type=pathlib.Path, help="a folder to build in and keep")
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory() as scratch:
        work = args.keep or pathlib.Path(scratch)
        dist = work / "dist"
        subprocess.run(
            [sys.executable, "-m", "build", "--sdist", "--wheel", "--outdir", str(dist), str(ROOT)],
            check=True,
        )
        wheels = sorted(dist.glob("smallsteps-*.whl"))
        if len(wheels) != 1 or not list(dist.glob("smallsteps-*.tar.gz")):
            print(f"expected one wheel and one sdist in {dist}", file=sys.stderr)
            return 1
        held = set(zipfile.ZipFile(wheels[0]).namelist())
        missing = sorted(expected_files() - held)
        if missing:
            print("the wheel lacks:\n  " + "\n  ".join(missing), file=sys.stderr)
            return 1
        env = work / "venv"
        venv.create(env, with_pip=True)
        python = env / "bin" / "python"
        subprocess.run([python, "-m", "pip", "install", "-q", str(wheels[0])], check=True)
        outside = work / "elsewhere"
        outside.mkdir(exist_ok=True)
        run = subprocess.run(
            [python, str(ROOT / "examples" / "quickstart.py")],
            cwd=outside,
            capture_output=True,
            text=True,
            check=False,
        )
        if run.returncode != 0 or not run.stdout.strip():
            print(run.stdout, run.stderr, sep="\n", file=sys.stderr)
            return 1
        version = subprocess.run(
            [python, "-c", "import smallsteps; print(smallsteps.__version__)"],
            cwd=outside,
            capture_output=True,
            text=True,
            check=True,
        ).stdout.strip()
        print(
            f"{wheels[0].name}: {len(held)} files, py.typed and every data file; installed in a "
            f"fresh venv, smallsteps {version}, the quickstart ran ({len(run.stdout):,} characters)"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
