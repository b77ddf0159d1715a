"""Authenticated encryption for files that leave the database: evidence, backups, offline case files.

One primitive, AES-256-GCM (``cryptography``), used in two ways:

* **with a key** (``seal``/``unseal``, ``encrypt_stream``/``decrypt_stream``): a random 256-bit data key
  kept inside the encrypted database encrypts evidence files;
* **with a passphrase** (``seal_with_passphrase``/``unseal_with_passphrase``, ``PassphraseWriter`` /
  ``open_with_passphrase``): files carried on their own (backups, offline case files) derive their key
  with scrypt from the passphrase and a random salt stored in the file's header.

Streams are cut into 1 MiB chunks, each sealed on its own with a nonce made of a random prefix, the
chunk's number and a last-chunk flag (the STREAM construction), so a chunk cannot be dropped, repeated,
reordered or cut off at the end without the reader noticing. The header is authenticated with every
chunk.

A passphrase container starts with a short check value (HMAC of a fixed label under the derived key),
so a wrong passphrase is told apart from a damaged or altered file.
"""

from __future__ import annotations

import hashlib
import hmac
import os
import struct
from collections.abc import Iterator
from dataclasses import dataclass
from typing import BinaryIO

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from rpl_desktop.domain.errors import RplError

KEY_BYTES = 32
CHUNK = 1024 * 1024
_TAG = 16
_PREFIX = 7

# scrypt cost: about 0.1 s and 32 MiB on a laptop; stored in each header, so it can be raised later.
SCRYPT_N = 2**15
SCRYPT_R = 8
SCRYPT_P = 1

_KEYED_MAGIC = b"RPLK\x01"
_PASS_MAGIC = b"RPLP\x01"


class CryptoError(RplError):
    """A file could not be decrypted: wrong passphrase, wrong kind of file, or altered/damaged."""


class WrongPassphrase(CryptoError):
    pass


class TamperedFile(CryptoError):
    pass


def new_key() -> bytes:
    return os.urandom(KEY_BYTES)


def derive_key(passphrase: str, salt: bytes, n: int = SCRYPT_N, r: int = SCRYPT_R, p: int = SCRYPT_P) -> bytes:
    if not passphrase:
        raise CryptoError("The passphrase is empty. Enter the passphrase.")
    return hashlib.scrypt(
        passphrase.encode("utf-8"), salt=salt, n=n, r=r, p=p, maxmem=256 * 1024 * 1024, dklen=KEY_BYTES
    )


def _check_value(key: bytes) -> bytes:
    return hmac.new(key, b"rpl-desktop passphrase check", hashlib.sha256).digest()[:16]


def _nonce(prefix: bytes, counter: int, last: bool) -> bytes:
    return prefix + struct.pack(">I", counter) + (b"\x01" if last else b"\x00")


# --- streams with a key -------------------------------------------------------------------------

def _encrypt_chunks(key: bytes, header: bytes, src: BinaryIO, dst: BinaryIO) -> int:
    aes = AESGCM(key)
    prefix = os.urandom(_PREFIX)
    dst.write(header + prefix)
    aad = header + prefix
    counter = 0
    written = len(aad)
    chunk = src.read(CHUNK)
    while True:
        following = src.read(CHUNK) if chunk else b""
        last = not following
        sealed = aes.encrypt(_nonce(prefix, counter, last), chunk, aad)
        dst.write(sealed)
        written += len(sealed)
        if last:
            return written
        chunk = following
        counter += 1


def _decrypt_chunks(key: bytes, header: bytes, src: BinaryIO, what: str) -> Iterator[bytes]:
    aes = AESGCM(key)
    prefix = src.read(_PREFIX)
    if len(prefix) != _PREFIX:
        raise TamperedFile(f"The {what} is cut off. Use an undamaged copy.")
    aad = header + prefix
    counter = 0
    sealed = src.read(CHUNK + _TAG)
    while True:
        if len(sealed) < _TAG:
            raise TamperedFile(f"The {what} is cut off or damaged. Use an undamaged copy.")
        following = src.read(CHUNK + _TAG)
        last = not following
        try:
            plain = aes.decrypt(_nonce(prefix, counter, last), sealed, aad)
        except InvalidTag:
            raise TamperedFile(
                f"The {what} has been changed or damaged since it was written, so it is refused. "
                "Use an undamaged copy."
            ) from None
        yield plain
        if last:
            return
        sealed = following
        counter += 1


def encrypt_stream(key: bytes, src: BinaryIO, dst: BinaryIO) -> int:
    """Encrypt ``src`` to ``dst`` with a data key. Returns the bytes written."""
    return _encrypt_chunks(key, _KEYED_MAGIC, src, dst)


def decrypt_stream(key: bytes, src: BinaryIO, what: str = "file") -> Iterator[bytes]:
    """The plaintext of a stream written by ``encrypt_stream``, chunk by chunk (verified as it goes).

    Raises TamperedFile for a changed, truncated or foreign file. A caller that must not act on a
    partly verified file collects all chunks before using them.
    """
    magic = src.read(len(_KEYED_MAGIC))
    if magic != _KEYED_MAGIC:
        raise CryptoError(f"The {what} is not an encrypted rpl-desktop file.")
    yield from _decrypt_chunks(key, _KEYED_MAGIC, src, what)


def seal(key: bytes, plaintext: bytes) -> bytes:
    import io

    out = io.BytesIO()
    encrypt_stream(key, io.BytesIO(plaintext), out)
    return out.getvalue()


def unseal(key: bytes, blob: bytes, what: str = "file") -> bytes:
    import io

    return b"".join(decrypt_stream(key, io.BytesIO(blob), what))


# --- containers with a passphrase ---------------------------------------------------------------

@dataclass(frozen=True)
class _PassHeader:
    kind: bytes
    salt: bytes
    n: int
    r: int
    p: int
    check: bytes

    def encode(self) -> bytes:
        kind = self.kind[:16].ljust(16, b"\x00")
        return _PASS_MAGIC + kind + self.salt + struct.pack(">III", self.n, self.r, self.p) + self.check

    @staticmethod
    def size() -> int:
        return len(_PASS_MAGIC) + 16 + 16 + 12 + 16


def write_with_passphrase(passphrase: str, kind: bytes, src: BinaryIO, dst: BinaryIO) -> int:
    """Encrypt ``src`` into a self-contained container. ``kind`` (≤ 16 bytes, e.g. b"backup") is
    authenticated, so a backup cannot be passed off as a case file or the other way round."""
    salt = os.urandom(16)
    key = derive_key(passphrase, salt)
    header = _PassHeader(kind, salt, SCRYPT_N, SCRYPT_R, SCRYPT_P, _check_value(key)).encode()
    return _encrypt_chunks(key, header, src, dst)


def read_with_passphrase(passphrase: str, kind: bytes, src: BinaryIO, what: str = "file") -> Iterator[bytes]:
    """The plaintext chunks of a container. Raises WrongPassphrase, TamperedFile or CryptoError."""
    raw = src.read(_PassHeader.size())
    if len(raw) < _PassHeader.size() or not raw.startswith(_PASS_MAGIC):
        raise CryptoError(f"The {what} is not an encrypted rpl-desktop file (or it is cut off).")
    body = raw[len(_PASS_MAGIC):]
    found_kind = body[:16].rstrip(b"\x00")
    salt = body[16:32]
    n, r, p = struct.unpack(">III", body[32:44])
    check = body[44:60]
    if found_kind != kind[:16]:
        raise CryptoError(
            f"The {what} is a {found_kind.decode('ascii', 'replace') or 'different'} file, not a "
            f"{kind.decode('ascii', 'replace')} file. Choose the right file."
        )
    if not (2 <= n <= 2**20 and n & (n - 1) == 0 and 1 <= r <= 32 and 1 <= p <= 16):
        raise TamperedFile(f"The {what} has a damaged header, so it is refused. Use an undamaged copy.")
    key = derive_key(passphrase, salt, n, r, p)
    if not hmac.compare_digest(check, _check_value(key)):
        raise WrongPassphrase(f"The passphrase does not open this {what}. Check it and try again.")
    return _decrypt_chunks(key, raw, src, what)


def seal_with_passphrase(passphrase: str, kind: bytes, plaintext: bytes) -> bytes:
    import io

    out = io.BytesIO()
    write_with_passphrase(passphrase, kind, io.BytesIO(plaintext), out)
    return out.getvalue()


def unseal_with_passphrase(passphrase: str, kind: bytes, blob: bytes, what: str = "file") -> bytes:
    """The whole plaintext, returned only once every chunk has been verified."""
    import io

    return b"".join(read_with_passphrase(passphrase, kind, io.BytesIO(blob), what))
