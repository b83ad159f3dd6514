#!/usr/bin/env sh
# Install the frozen build on a Linux desktop, with its menu entry, icon, AppStream metainfo and
# file types, so that a double click on an event file opens Lagebild.
#
#   packaging/install.sh [--prefix DIR] [--dist DIR]    default: ~/.local and dist/lagebild
#   packaging/install.sh --uninstall [--prefix DIR]
#
# System-wide: sudo packaging/install.sh --prefix /usr/local
set -eu

here=$(cd "$(dirname "$0")" && pwd)
prefix="${HOME}/.local"
dist="${here}/../dist/lagebild"
action=install
while [ $# -gt 0 ]; do
    case "$1" in
        --prefix) prefix="$2"; shift 2 ;;
        --dist) dist="$2"; shift 2 ;;
        --uninstall) action=uninstall; shift ;;
        -h|--help) sed -n '2,9p' "$0"; exit 0 ;;
        *) echo "install.sh: unknown option $1 (see --help)" >&2; exit 2 ;;
    esac
done

share="${prefix}/share"
program_dir="${prefix}/lib/lagebild"
types="application/x-lagebild-events+json application/x-lagebild-events+yaml application/x-timeline-project"

refresh() {
    # Each of these may be missing on a minimal system; the files work without them after a new login.
    if command -v update-mime-database >/dev/null 2>&1; then update-mime-database "${share}/mime"; fi
    if command -v update-desktop-database >/dev/null 2>&1; then update-desktop-database -q "${share}/applications"; fi
    if command -v gtk-update-icon-cache >/dev/null 2>&1; then
        gtk-update-icon-cache -q -t -f "${share}/icons/hicolor" 2>/dev/null || true
    fi
}

if [ "$action" = uninstall ]; then
    rm -rf "${program_dir}"
    rm -f "${prefix}/bin/lagebild" "${share}/applications/lagebild.desktop" \
          "${share}/metainfo/org.lagebild.Lagebild.metainfo.xml" "${share}/mime/packages/lagebild.xml" \
          "${share}/icons/hicolor/scalable/apps/lagebild.svg"
    refresh
    echo "Lagebild removed from ${prefix}"
    exit 0
fi

if [ ! -x "${dist}/lagebild" ]; then
    echo "install.sh: no frozen build in ${dist}; build it first with: python packaging/build.py" >&2
    exit 2
fi
mkdir -p "${prefix}/bin" "${prefix}/lib" "${share}/applications" "${share}/metainfo" "${share}/mime/packages" \
         "${share}/icons/hicolor/scalable/apps"
# Copied beside the old one and then swapped in, so a failed copy leaves the old program working.
rm -rf "${program_dir}.new"
cp -R "${dist}" "${program_dir}.new"
rm -rf "${program_dir}"
mv "${program_dir}.new" "${program_dir}"
ln -sf "${program_dir}/lagebild" "${prefix}/bin/lagebild"
# The menu entry names the program by its full path, so it works where prefix/bin is not on PATH.
sed -e "s|^Exec=lagebild |Exec=${program_dir}/lagebild |" -e "s|^TryExec=lagebild\$|TryExec=${program_dir}/lagebild|" \
    "${here}/lagebild.desktop" > "${share}/applications/lagebild.desktop"
cp "${here}/org.lagebild.Lagebild.metainfo.xml" "${share}/metainfo/"
cp "${here}/lagebild-mime.xml" "${share}/mime/packages/lagebild.xml"
cp "${here}/lagebild.svg" "${share}/icons/hicolor/scalable/apps/lagebild.svg"
refresh
if command -v xdg-mime >/dev/null 2>&1; then
    # shellcheck disable=SC2086 # the types are separate words on purpose
    xdg-mime default lagebild.desktop ${types}
fi
echo "Lagebild installed in ${program_dir}; run ${prefix}/bin/lagebild or open an event file from the file manager"
