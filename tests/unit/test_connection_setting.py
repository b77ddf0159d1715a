"""The shared-server setting: kept in the config folder without its password; which URL is opened."""

from __future__ import annotations

import json
from collections.abc import Iterator

import keyring
import pytest
from jaraco.classes.properties import classproperty
from keyring.backend import KeyringBackend
from keyring.errors import PasswordDeleteError
from sqlalchemy import make_url

from rpl_desktop import paths as p
from rpl_desktop.paths import AppPaths, ServerSetting, ServerSettingError


class MemoryKeyring(KeyringBackend):
    """A keyring that lives in this process (the test machine has no OS keyring).

    keyring registers every backend class it sees and picks the best "viable" one when first asked;
    this one has no priority, so it is never viable and only used where a test installs it.
    """

    @classproperty
    def priority(cls) -> float:  # noqa: N805 - a class property
        raise AttributeError("a test keyring, never chosen by itself")

    def __init__(self) -> None:
        super().__init__()
        self.items: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.items.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.items[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        if self.items.pop((service, username), None) is None:
            raise PasswordDeleteError("not there")


@pytest.fixture
def memory_keyring() -> Iterator[MemoryKeyring]:
    before = keyring.get_keyring()
    ring = MemoryKeyring()
    keyring.set_keyring(ring)
    try:
        yield ring
    finally:
        keyring.set_keyring(before)


@pytest.fixture(autouse=True)
def _no_prompt_no_env(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    monkeypatch.delenv(p.DATABASE_URL_ENV, raising=False)
    monkeypatch.delenv(p.PASSWORD_ENV, raising=False)
    yield
    p.set_password_prompt(None)


SERVER = ServerSetting(host="db.vestfjell.no", database="rpl", user="kari", port=5433, sslmode="require")


def test_without_a_setting_the_embedded_database_is_used(paths: AppPaths) -> None:
    assert p.load_server_setting(paths) is None
    assert p.database_url(paths) == paths.default_database_url()


def test_the_setting_is_saved_without_the_password(paths: AppPaths, memory_keyring: MemoryKeyring) -> None:
    assert p.remember_password(SERVER, "hemmelig passord")
    p.save_server_setting(paths, SERVER)
    text = p.server_setting_file(paths).read_text(encoding="utf-8")
    assert "hemmelig" not in text and json.loads(text)["host"] == "db.vestfjell.no"
    assert p.load_server_setting(paths) == SERVER
    url = make_url(p.database_url(paths))
    assert (url.drivername, url.host, url.port, url.database, url.username) == (
        "postgresql+psycopg", "db.vestfjell.no", 5433, "rpl", "kari")
    assert url.password == "hemmelig passord" and url.query["sslmode"] == "require"
    assert url.query["connect_timeout"] == str(p.CONNECT_TIMEOUT_SECONDS)
    p.save_server_setting(paths, None)  # back to this computer's database
    assert p.database_url(paths) == paths.default_database_url()


def test_the_password_comes_from_the_keyring_the_environment_or_the_prompt(
        paths: AppPaths, memory_keyring: MemoryKeyring, monkeypatch: pytest.MonkeyPatch) -> None:
    p.save_server_setting(paths, SERVER)
    assert make_url(p.database_url(paths)).password is None  # libpq may still find one (PGPASSWORD, .pgpass)
    asked: list[ServerSetting] = []
    p.set_password_prompt(lambda setting: asked.append(setting) or "fra dialogen")
    assert make_url(p.database_url(paths)).password == "fra dialogen" and asked == [SERVER]
    monkeypatch.setenv(p.PASSWORD_ENV, "fra miljøet")
    assert make_url(p.database_url(paths)).password == "fra miljøet"
    p.remember_password(SERVER, "fra nøkkelringen")
    assert make_url(p.database_url(paths)).password == "fra nøkkelringen"
    p.remember_password(SERVER, None)
    assert p.keyring_password(SERVER) is None
    assert len(asked) == 1  # the prompt is the last resort


def test_a_password_with_url_characters_survives(paths: AppPaths, monkeypatch: pytest.MonkeyPatch) -> None:
    p.save_server_setting(paths, SERVER)
    monkeypatch.setenv(p.PASSWORD_ENV, "p@ss:w/rd?#%20")
    assert make_url(p.database_url(paths)).password == "p@ss:w/rd?#%20"


def test_the_environment_url_takes_precedence(paths: AppPaths, monkeypatch: pytest.MonkeyPatch) -> None:
    p.save_server_setting(paths, SERVER)
    monkeypatch.setenv(p.DATABASE_URL_ENV, "postgresql+psycopg://other@elsewhere/rpl")
    assert p.database_url(paths) == "postgresql+psycopg://other@elsewhere/rpl"


def test_without_a_keyring_nothing_is_remembered(paths: AppPaths) -> None:
    from keyring.backends import fail

    before = keyring.get_keyring()
    keyring.set_keyring(fail.Keyring())
    try:
        assert not p.remember_password(SERVER, "x")
        assert p.keyring_password(SERVER) is None
    finally:
        keyring.set_keyring(before)


@pytest.mark.parametrize(("change", "message"), [
    ({"host": " "}, "server's name"),
    ({"host": "db.example/evil"}, "may not contain"),
    ({"database": ""}, "name of the database"),
    ({"user": ""}, "user name"),
    ({"port": 0}, "1 to 65535"),
    ({"sslmode": "maybe"}, "SSL mode"),
])
def test_incomplete_settings_say_what_is_missing(change: dict[str, object], message: str) -> None:
    fields = {"host": "db", "database": "rpl", "user": "kari", "port": 5432, "sslmode": "prefer", **change}
    with pytest.raises(ServerSettingError, match=message):
        ServerSetting(**fields).check()  # type: ignore[arg-type]


def test_a_damaged_setting_file_says_how_to_recover(paths: AppPaths) -> None:
    file = p.server_setting_file(paths)
    file.write_text("{not json", encoding="utf-8")
    with pytest.raises(ServerSettingError, match="delete it"):
        p.database_url(paths)
    file.write_text(json.dumps({"use_server": True, "host": "db"}), encoding="utf-8")
    with pytest.raises(ServerSettingError, match="Settings → Database"):
        p.load_server_setting(paths)
    file.write_text(json.dumps({"use_server": False}), encoding="utf-8")
    assert p.database_url(paths) == paths.default_database_url()
