#!/usr/bin/env bash
# Installs the built app's launcher, icon and package file type, so a double-click on a package opens it.
# Usage: packaging/install-desktop.sh [--app DIR] [--prefix DIR] [--uninstall]
#   --app DIR     the built app folder holding the `annotator` program (default: the folder this
#                 script is in, when it is a built app; else dist/annotator)
#   --prefix DIR  the data folder to install into (default: $XDG_DATA_HOME, else ~/.local/share);
#                 files go to DIR/applications, DIR/icons/hicolor and DIR/mime/packages
#   --uninstall   remove what an install put there
set -euo pipefail

here="$(cd "$(dirname "$0")" && pwd)"
# `make package` copies this script, the launcher and the type beside the built program, so a copied
# app folder installs itself; from the source tree it installs dist/annotator.
if [ -x "$here/annotator" ] && [ -d "$here/_internal/resources/icons" ]; then
  app="$here"
  icons="$here/_internal/resources/icons"
else
  app="$(dirname "$here")/dist/annotator"
  icons="$(dirname "$here")/resources/icons"
fi
prefix=""
uninstall=0
while [ $# -gt 0 ]; do
  case "$1" in
    --app) app="${2:?--app needs a folder}"; shift 2 ;;
    --prefix) prefix="${2:?--prefix needs a folder}"; shift 2 ;;
    --uninstall) uninstall=1; shift ;;
    -h|--help) sed -n '2,8p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
    *) echo "install-desktop: unknown option $1 (see --help)" >&2; exit 2 ;;
  esac
done
own_prefix=0
if [ -z "$prefix" ]; then
  prefix="${XDG_DATA_HOME:-$HOME/.local/share}"
  own_prefix=1
fi

desktop="$prefix/applications/annotator.desktop"
svg="$prefix/icons/hicolor/scalable/apps/annotator.svg"
png="$prefix/icons/hicolor/256x256/apps/annotator.png"
mime="$prefix/mime/packages/annotator-package.xml"

refresh() {
  # Each tool is optional: without it the files are still in place and picked up at the next login.
  if command -v update-mime-database >/dev/null; then update-mime-database "$prefix/mime"; fi
  if command -v update-desktop-database >/dev/null; then update-desktop-database -q "$prefix/applications"; fi
  if command -v gtk-update-icon-cache >/dev/null; then gtk-update-icon-cache -q -f -t "$prefix/icons/hicolor" || true; fi
}

# Copy to a temporary name in the target folder, then rename: a reader never sees half a file.
put() {
  local source="$1" target="$2" partial
  mkdir -p "$(dirname "$target")"
  partial="$(mktemp "$target.XXXXXX")"
  cat "$source" >"$partial"
  chmod 644 "$partial"
  mv -f "$partial" "$target"
}

if [ "$uninstall" -eq 1 ]; then
  rm -f "$desktop" "$svg" "$png" "$mime"
  mkdir -p "$prefix/mime/packages" "$prefix/applications"
  refresh
  echo "install-desktop: removed the annotator launcher, icon and package type from $prefix"
  exit 0
fi

program="$(cd "$app" 2>/dev/null && pwd)/annotator" || true
if [ ! -x "$program" ]; then
  echo "install-desktop: no built app at $app (expected the program $app/annotator); run 'make package' first" >&2
  exit 1
fi
case "$program" in
  *[\"\`\$\\]*) echo "install-desktop: the app's path may not contain \" \` \$ or \\: $program" >&2; exit 1 ;;
esac

# The launcher names the program by its full path (quoted, for folders with spaces), so it works
# without the app folder on PATH.
launcher="$(mktemp)"
trap 'rm -f "$launcher"' EXIT
sed -e "s|^Exec=annotator |Exec=\"$program\" |" -e "s|^TryExec=annotator\$|TryExec=$program|" \
  "$here/annotator.desktop" >"$launcher"
put "$launcher" "$desktop"
put "$icons/annotator.svg" "$svg"
put "$icons/annotator.png" "$png"
put "$here/annotator-package.xml" "$mime"
refresh
# Only for the user's own folders: the default app is a per-user setting, not part of a prefix.
if [ "$own_prefix" -eq 1 ] && command -v xdg-mime >/dev/null; then
  xdg-mime default annotator.desktop application/x-annotator-package || true
fi
echo "install-desktop: installed $desktop (runs $program), its icon and the package type application/x-annotator-package"
