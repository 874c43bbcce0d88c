"""`annotator sync`: push this workspace's work and pull packages and feedback, or (the lead) gather every annotator's bundles."""

from __future__ import annotations

import argparse
import getpass
import os
import sys
from pathlib import Path

from annotator.core.sync.config import TargetConfig, load_config, save_config, target_config
from annotator.core.sync.credentials import CredentialStore
from annotator.core.sync.target import PermanentError

EXIT_OK = 0
SECRET_ENV = "ANNOTATOR_SYNC_SECRET"


def add_sync_command(commands: argparse._SubParsersAction) -> None:
    """The `sync` sub-command and its options."""
    sync = commands.add_parser(
        "sync",
        help="sync work with a shared folder, WebDAV or S3",
        description="Send what changed since the last sync as delta bundles and bring down new packages and "
        "review feedback; with --pull-bundles (the lead), gather every annotator's bundles for a package. "
        f"The password or secret key comes from the system keyring, ${SECRET_ENV}, or a prompt.",
    )
    where = sync.add_argument_group("target (default: the one the workspace is set up with)")
    where.add_argument("--target", help="a folder path, an https:// WebDAV URL, or s3://bucket/prefix")
    where.add_argument("--user", default="", help="WebDAV user name, or S3 access key id")
    where.add_argument("--endpoint", default="", help="S3 endpoint URL (MinIO, Ceph, SeaweedFS; default AWS)")
    where.add_argument("--region", default="", help="S3 region")
    where.add_argument(
        "--save", action="store_true", help="set the workspace up with this target (and keep the secret in the keyring)"
    )
    sync.add_argument("--test", action="store_true", help="only test the connection")
    sync.add_argument(
        "--package",
        type=Path,
        action="append",
        default=[],
        help="package to sync (repeatable; default: every package in the workspace)",
    )
    sync.add_argument("--preview", action="store_true", help="print exactly what would be sent, send nothing")
    sync.add_argument("--full", action="store_true", help="also send a full delta of every item (a full bundle)")
    sync.add_argument("--no-pull", action="store_true", help="send only")
    sync.add_argument(
        "--pull-bundles",
        action="store_true",
        help="(lead) fold every annotator's deltas for --package into bundles in -o",
    )
    sync.add_argument("-o", "--output", type=Path, help="with --pull-bundles: the folder to write bundles into")
    sync.add_argument(
        "--put-reviews",
        type=Path,
        nargs="+",
        metavar="REVIEW",
        help="(lead) put review bundles (.review.json files, or folders of them) where each annotator's next sync fetches them",
    )


def run_sync(args: argparse.Namespace, data_dir: Path) -> int:
    """Run `annotator sync`; errors are raised as the core's typed errors, for cli.main to print."""
    from annotator.core.sync.connect import open_target
    from annotator.core.workspace import Workspace

    if args.pull_bundles:
        return _pull_bundles(args, data_dir)
    if args.put_reviews:
        return _put_reviews(args, data_dir)
    with Workspace.open(data_dir) as workspace:
        config = _config(args, load_config(workspace))
        credentials = CredentialStore()
        secret = _secret(config, credentials)
        target = open_target(config, secret)
        try:
            if args.save:
                save_config(workspace, config)
                if secret and config.needs_secret:
                    where = credentials.set(config, secret)
                    print(
                        f"Set up {config.describe()}; the secret is kept in {'the system keyring' if where == 'keyring' else 'this session only'}."
                    )
            if args.test:
                target.check()
                print(f"OK: {config.describe()} answers, and this workspace can write to it.")
                return EXIT_OK
            return _sync(args, workspace, config, target)
        finally:
            target.close()


def _config(args: argparse.Namespace, stored: TargetConfig | None) -> TargetConfig:
    if args.target:
        return target_config(args.target, username=args.user, endpoint=args.endpoint, region=args.region)
    if stored is None:
        raise PermanentError(
            "no sync target is set up: pass --target (and --save to keep it), or set one up in the app"
        )
    return stored


def _secret(config: TargetConfig, credentials: CredentialStore) -> str | None:
    if not config.needs_secret:
        return None
    secret = os.environ.get(SECRET_ENV) or credentials.get(config)
    if secret:
        return secret
    if sys.stdin.isatty():
        return getpass.getpass(f"Password or secret key for {config.describe()}: ")
    raise PermanentError(f"{config.describe()}: no secret in the keyring; set {SECRET_ENV} or run this in a terminal")


def _packages(args: argparse.Namespace, workspace) -> list:  # type: ignore[no-untyped-def]
    """The packages to sync: those named, else every package of the workspace whose file is still there."""
    from annotator.core.errors import PackageError
    from annotator.core.package import open_package
    from annotator.core.sync.push import PackageRef

    named = bool(args.package)
    paths = list(args.package) or [Path(record.path) for record in workspace.packages()]
    refs = []
    for path in paths:
        try:
            package = open_package(path)
        except PackageError as exc:
            if named:
                raise
            print(f"skipped: {exc.problems[0]} (the package was moved? name it with --package)", file=sys.stderr)
            continue
        try:
            refs.append(PackageRef(package.manifest, package.manifest_sha256))
        finally:
            package.close()
    return refs


def _sync(args: argparse.Namespace, workspace, config: TargetConfig, target) -> int:  # type: ignore[no-untyped-def]
    from annotator.core.sync.pull import pull
    from annotator.core.sync.push import plan_push, push
    from annotator.core.sync.status import inbox_folder

    annotator = workspace.annotator_id()
    plan = plan_push(workspace, _packages(args, workspace), target_key=config.key, annotator=annotator, full=args.full)
    if args.preview:
        print(
            f"Would send {len(plan.documents())} delta(s), {plan.item_count} item states, {plan.byte_count:,} bytes, "
            f"as {annotator} to {config.describe()}:",
            file=sys.stderr,
        )
        for data in plan.documents():
            sys.stdout.write(data.decode("utf-8"))
        return EXIT_OK
    result = push(workspace, target, plan)
    if result.sent or result.already_there:
        print(
            f"Sent {result.sent + result.already_there} delta(s) ({result.items} item states, {result.bytes:,} bytes) "
            f"to {config.describe()}."
        )
    else:
        print(f"Nothing to send: {config.describe()} has all of this workspace's work.")
    if not args.no_pull:
        pulled = pull(target, annotator=annotator, inbox=inbox_folder(workspace))
        for line in pulled.messages():
            print(line)
        _apply_reviews(workspace, [path for path in pulled.new if path.name.endswith(".review.json")])
        if pulled.new or pulled.kept_both:
            print(f"Pulled files are in {inbox_folder(workspace)}.")
    return EXIT_OK


def _pull_bundles(args: argparse.Namespace, data_dir: Path) -> int:
    from annotator.core.atomic import require_folder
    from annotator.core.package import open_package
    from annotator.core.sync.connect import open_target
    from annotator.core.sync.gather import gather_bundles

    if len(args.package) != 1 or args.output is None:
        raise PermanentError("--pull-bundles needs one --package and -o FOLDER")
    out: Path = args.output
    require_folder(out / "x")
    config = _stored_config(args, data_dir)
    target = open_target(config, _secret(config, CredentialStore()))
    package = open_package(args.package[0])
    package.close()
    try:
        result = gather_bundles(target, package.manifest, manifest_sha256=package.manifest_sha256, out=out)
    finally:
        target.close()
    for problem in result.problems:
        print(f"skipped: {problem}", file=sys.stderr)
    for bundle in result.bundles:
        gaps = (
            f"; deltas {', '.join(map(str, bundle.missing_sequences))} not on the target yet"
            if bundle.missing_sequences
            else ""
        )
        print(
            f"{bundle.path}: {bundle.annotator}, {bundle.done} of {bundle.total} done, from {bundle.deltas} deltas ({bundle.downloaded} new){gaps}"
        )
    if not result.bundles:
        print(f"No bundles for {package.manifest.id} on {config.describe()} yet.")
    return EXIT_OK if not result.problems else 1


def _apply_reviews(workspace, paths: list[Path]) -> None:  # type: ignore[no-untyped-def]
    """Apply review bundles that came down: rejected items reopen, with the reason kept to show in the app."""
    from annotator.core.errors import ProblemsError
    from annotator.core.quality.review_bundle import apply_review, read_review

    for path in paths:
        try:
            applied = apply_review(workspace, read_review(path), file=str(path))
        except ProblemsError as exc:
            print(f"review not applied: {exc.problems[0]}", file=sys.stderr)
            continue
        if applied.already_imported:
            continue
        reopened = f": {', '.join(applied.reopened)}" if applied.reopened else ""
        print(f"Review {path.name}: {len(applied.reopened)} items reopened{reopened}; {applied.accepted} accepted.")


def _stored_config(args: argparse.Namespace, data_dir: Path) -> TargetConfig:
    from annotator.core.workspace import DB_NAME, Workspace

    stored = None
    if not args.target and (data_dir / DB_NAME).is_file():
        with Workspace.open(data_dir, read_only=True) as workspace:
            stored = load_config(workspace)
    return _config(args, stored)


def _put_reviews(args: argparse.Namespace, data_dir: Path) -> int:
    from annotator.core.sync.connect import open_target
    from annotator.core.sync.reviews import put_reviews

    paths: list[Path] = []
    for path in args.put_reviews:
        paths += sorted(path.glob("*.review.json")) if path.is_dir() else [path]
    if not paths:
        raise PermanentError(f"no review bundles (*.review.json) in {', '.join(map(str, args.put_reviews))}")
    config = _stored_config(args, data_dir)
    target = open_target(config, _secret(config, CredentialStore()))
    try:
        done = put_reviews(target, paths)
    finally:
        target.close()
    new = sum(1 for _name, created in done if created)
    print(f"Put {new} review bundle(s) on {config.describe()} ({len(done) - new} were there already).")
    return EXIT_OK
