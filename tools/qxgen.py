"""Shared helpers for the table generators in tools/gen-*.py.

The generators read data that Debian packages ship and write C tables into
lib/tables/. Normal builds never run them; `make tables` does.
"""
import ctypes
import ctypes.util
import os
import subprocess
import sys
import tempfile

OPENCC_DIR = "/usr/share/opencc"


def package_version(pkg):
    """The installed version of a Debian package, or exit with a message."""
    try:
        out = subprocess.run(["dpkg-query", "-W", "-f=${Version}", pkg],
                             check=True, capture_output=True, text=True).stdout
    except (OSError, subprocess.CalledProcessError):
        sys.exit(f"{sys.argv[0]}: Debian package {pkg} is not installed")
    return out.strip()


def check_pin(pkg, pinned):
    """Refuse to regenerate from a different data version than the pin."""
    have = package_version(pkg)
    if have != pinned:
        sys.exit(f"{sys.argv[0]}: {pkg} is {have}, the tables are pinned to {pinned}; "
                 "update the pin in the generator and review the diff")
    return have


class Iconv:
    """glibc iconv through ctypes, so tables match what the library converts with."""

    def __init__(self, to_code, from_code):
        self.libc = ctypes.CDLL(ctypes.util.find_library("c"), use_errno=True)
        self.libc.iconv_open.restype = ctypes.c_void_p
        self.libc.iconv_open.argtypes = [ctypes.c_char_p, ctypes.c_char_p]
        self.libc.iconv.restype = ctypes.c_size_t
        self.libc.iconv.argtypes = [ctypes.c_void_p,
                                    ctypes.POINTER(ctypes.c_char_p), ctypes.POINTER(ctypes.c_size_t),
                                    ctypes.POINTER(ctypes.c_char_p), ctypes.POINTER(ctypes.c_size_t)]
        self.cd = self.libc.iconv_open(to_code.encode(), from_code.encode())
        if self.cd == ctypes.c_void_p(-1).value:
            sys.exit(f"iconv_open({to_code}, {from_code}) failed")

    def convert(self, data):
        """Converts bytes whole; None if iconv rejects or leaves any input."""
        self.libc.iconv(self.cd, None, None, None, None)
        inbuf = ctypes.create_string_buffer(data, len(data))
        outbuf = ctypes.create_string_buffer(64)
        inp = ctypes.c_char_p(ctypes.addressof(inbuf))
        outp = ctypes.c_char_p(ctypes.addressof(outbuf))
        inleft = ctypes.c_size_t(len(data))
        outleft = ctypes.c_size_t(64)
        rc = self.libc.iconv(self.cd, ctypes.byref(inp), ctypes.byref(inleft),
                             ctypes.byref(outp), ctypes.byref(outleft))
        if rc == ctypes.c_size_t(-1).value or inleft.value != 0:
            return None
        return outbuf.raw[:64 - outleft.value]


def read_opencc(name):
    """OpenCC dictionary NAME (libopencc-data's NAME.ocd2, dumped with
    opencc_dict) as {key: [values]}, in file order; OpenCC uses values[0]."""
    with tempfile.TemporaryDirectory() as tmp:
        out = os.path.join(tmp, name + ".txt")
        subprocess.run(["opencc_dict", "-i", os.path.join(OPENCC_DIR, name + ".ocd2"),
                        "-o", out, "-f", "ocd2", "-t", "text"], check=True)
        with open(out, encoding="utf-8") as f:
            return {key: values.split()
                    for key, _, values in (line.rstrip("\n").partition("\t") for line in f)}


def write_if_changed(path, text):
    old = None
    if os.path.exists(path):
        with open(path, encoding="utf-8") as f:
            old = f.read()
    if old != text:
        with open(path, "w", encoding="utf-8") as f:
            f.write(text)
        print(f"wrote {path}")
    else:
        print(f"unchanged {path}")


def c_array(name, ctype, values, per_line=16):
    lines = [f"static const {ctype} {name}[{len(values)}] = {{"]
    for i in range(0, len(values), per_line):
        lines.append("    " + ", ".join(str(v) for v in values[i:i + per_line]) + ",")
    lines.append("};")
    return "\n".join(lines) + "\n"
