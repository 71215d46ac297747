"""Where the data key lives: a usable OS keyring, else a 0600 file (never the fail backend)."""

from __future__ import annotations

import json
import os
import stat

import keyring
import pytest
from keyring.backends import fail, null

from desktop_app.security.keys import (
    EncryptionKeyError,
    KeyStore,
    key_id_of,
    new_data_key,
    usable_keyring,
)
from tests.security.conftest import MemoryKeyring


@pytest.fixture
def swap_keyring():
    original = keyring.get_keyring()

    def use(backend):  # type: ignore[no-untyped-def]
        keyring.set_keyring(backend)
        return backend

    yield use
    keyring.set_keyring(original)


@pytest.mark.parametrize("backend", [fail.Keyring, null.Keyring])
def test_no_usable_keyring_falls_back_to_a_private_file(tmp_path, swap_keyring, backend) -> None:
    swap_keyring(backend())
    assert usable_keyring() is None
    store = KeyStore(tmp_path / "keys", "auto")
    key = new_data_key()
    where = store.save(key)
    assert where.kind == "file"
    path = tmp_path / "keys" / f"{key_id_of(key)}.key"
    assert where.detail == str(path)
    if os.name == "posix":
        assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert json.loads(path.read_text())["key_id"] == key_id_of(key)
    assert store.load(key_id_of(key)) == key


def test_usable_keyring_is_preferred_and_no_file_is_written(tmp_path, swap_keyring) -> None:
    ring = swap_keyring(MemoryKeyring())
    assert usable_keyring() is ring
    store = KeyStore(tmp_path / "keys", "auto")
    key = new_data_key()
    assert store.save(key).kind == "keyring"
    assert not (tmp_path / "keys").exists()
    assert ring.store  # it is in the keyring
    assert store.load(key_id_of(key)) == key
    # "file" mode never touches the keyring
    assert KeyStore(tmp_path / "keys", "file").load(key_id_of(key)) is None


def test_keyring_that_fails_at_runtime_falls_back_to_file(tmp_path) -> None:
    class Locked(MemoryKeyring):
        def set_password(self, service: str, username: str, password: str) -> None:
            raise keyring.errors.KeyringLocked("collection is locked")

    store = KeyStore(tmp_path / "keys", "auto", backend=Locked())
    key = new_data_key()
    assert store.save(key).kind == "file"
    assert store.load(key_id_of(key)) == key


def test_keyring_mode_without_a_keyring_says_what_to_do(tmp_path, swap_keyring) -> None:
    swap_keyring(fail.Keyring())
    with pytest.raises(EncryptionKeyError, match="key_store"):
        KeyStore(tmp_path / "keys", "keyring").save(new_data_key())


@pytest.mark.skipif(os.name != "posix", reason="POSIX permissions")
def test_key_file_opened_up_by_someone_is_made_private_again(tmp_path) -> None:
    store = KeyStore(tmp_path / "keys", "file")
    key = new_data_key()
    store.save(key)
    path = store.key_file(key_id_of(key))
    os.chmod(path, 0o644)
    assert store.load(key_id_of(key)) == key
    assert stat.S_IMODE(path.stat().st_mode) == 0o600


def test_existing_key_file_is_never_overwritten_by_another_key(tmp_path) -> None:
    store = KeyStore(tmp_path / "keys", "file")
    key = new_data_key()
    store.save(key)
    store.save(key)  # same key again: fine
    with pytest.raises(EncryptionKeyError):
        store._write_file(key_id_of(key), new_data_key())
    assert store.load(key_id_of(key)) == key
