"""Command line of the batch runner: ``python -m conecta.batch JOB.toml`` (see :mod:`conecta.batch`)."""

from __future__ import annotations

import argparse
import sys
from typing import List, Optional


def parse(argv: Optional[List[str]] = None) -> argparse.Namespace:
    """The command line's options."""
    parser = argparse.ArgumentParser(
        prog="python -m conecta.batch",
        description="Accessibility for every zone of a job file, streamed chunk by chunk, resumable.",
    )
    parser.add_argument("job", help="the job file (TOML)")
    parser.add_argument(
        "--backend", choices=("processes", "dask"), help="where chunks run (default: processes)"
    )
    parser.add_argument(
        "--scheduler", help="a Dask scheduler's address, e.g. tcp://host:8786 (default: a local cluster)"
    )
    parser.add_argument("--workers", type=int, help="worker processes (default: one per core)")
    parser.add_argument(
        "--chunk-size", type=int, help="origins per chunk (default: chosen from the memory available)"
    )
    parser.add_argument("--out", help="the output folder (default: the job's output.directory)")
    parser.add_argument(
        "--format", choices=("parquet", "csv"), help="the zone table's format (default: parquet)"
    )
    parser.add_argument("--quiet", action="store_true", help="print only errors")
    return parser.parse_args(argv)


def main(argv: Optional[List[str]] = None) -> int:
    """Run the job; 0 when done, 2 for a job that cannot run, 1 when the run failed."""
    from conecta.core.errors import InputError
    from conecta.core.parallel import WorkerFailed

    from .backends import BackendError
    from .job import JobError, read_job
    from .runner import run_job
    from .shards import ShardError

    options = parse(argv)

    def log(line: str) -> None:
        if not options.quiet:
            print(line, file=sys.stderr, flush=True)

    try:
        job = read_job(options.job)
        report = run_job(
            job,
            out=options.out,
            backend=options.backend,
            workers=options.workers,
            chunk_size=options.chunk_size,
            scheduler=options.scheduler,
            fmt=options.format,
            log=log,
        )
    except (JobError, InputError) as error:
        print(f"conecta-batch: {error}", file=sys.stderr)
        return 2
    except (BackendError, ShardError, WorkerFailed) as error:
        print(f"conecta-batch: {error}", file=sys.stderr)
        return 1
    log(f"done in {report.seconds:.1f} s: {report.output}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
