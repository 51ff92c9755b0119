import pytest

from claims import create_app
from claims.config import ConfigurationError, build_config


def test_production_without_secret_key_refuses_to_start(monkeypatch, tmp_path):
    monkeypatch.delenv("SECRET_KEY", raising=False)
    monkeypatch.setenv("CLAIMS_ENV", "production")
    with pytest.raises(ConfigurationError, match="SECRET_KEY is not set"):
        create_app({"SQLALCHEMY_DATABASE_URI": f"sqlite:///{tmp_path}/x.sqlite"})


def test_development_keeps_one_generated_key_across_restarts(monkeypatch, tmp_path):
    monkeypatch.delenv("SECRET_KEY", raising=False)
    monkeypatch.delenv("CLAIMS_ENV", raising=False)
    first = build_config(str(tmp_path))["SECRET_KEY"]
    second = build_config(str(tmp_path))["SECRET_KEY"]
    assert first == second and len(first) == 64
    assert (tmp_path / "secret_key").stat().st_mode & 0o777 == 0o600


def test_database_url_defaults_to_sqlite_in_the_instance_folder(monkeypatch, tmp_path):
    monkeypatch.delenv("DATABASE_URL", raising=False)
    config = build_config(str(tmp_path), {"SECRET_KEY": "k"})
    assert config["SQLALCHEMY_DATABASE_URI"] == f"sqlite:///{tmp_path}/claims.sqlite"


@pytest.mark.parametrize(
    ("given", "expected"),
    [
        ("postgres://u@h/db", "postgresql+psycopg://u@h/db"),
        ("postgresql://u@h/db", "postgresql+psycopg://u@h/db"),
        ("postgresql+psycopg://u@h/db", "postgresql+psycopg://u@h/db"),
    ],
)
def test_postgres_urls_get_the_psycopg_driver(monkeypatch, tmp_path, given, expected):
    monkeypatch.setenv("DATABASE_URL", given)
    assert build_config(str(tmp_path), {"SECRET_KEY": "k"})["SQLALCHEMY_DATABASE_URI"] == expected


def test_the_engine_hides_sql_parameters_and_pings_postgres_and_given_options_are_merged(
    monkeypatch, tmp_path
):
    monkeypatch.delenv("DATABASE_URL", raising=False)
    sqlite = build_config(str(tmp_path), {"SECRET_KEY": "k"})["SQLALCHEMY_ENGINE_OPTIONS"]
    postgres = build_config(
        str(tmp_path),
        {
            "SECRET_KEY": "k",
            "SQLALCHEMY_DATABASE_URI": "postgresql://u@h/db",
            "SQLALCHEMY_ENGINE_OPTIONS": {"pool_size": 3},
        },
    )["SQLALCHEMY_ENGINE_OPTIONS"]
    assert sqlite == {"hide_parameters": True}
    assert postgres == {
        "hide_parameters": True,
        "pool_pre_ping": True,
        "connect_args": {"options": "-c jit=off"},
        "pool_size": 3,
    }


def test_the_urls_own_postgres_options_are_kept_beside_jit_off(monkeypatch, tmp_path):
    url = "postgresql://u@h/db?options=-csearch_path%3Dclaims_x"
    options = build_config(str(tmp_path), {"SECRET_KEY": "k", "SQLALCHEMY_DATABASE_URI": url})[
        "SQLALCHEMY_ENGINE_OPTIONS"
    ]["connect_args"]["options"]
    assert options == "-csearch_path=claims_x -c jit=off"


def test_postgres_connections_of_the_app_run_without_jit(db):
    import sqlalchemy as sa

    # SQLite has no JIT: on that leg the setting is simply absent. The test schema comes in the URL's own
    # options: both apply.
    if db.engine.dialect.name == "postgresql":
        assert db.session.scalar(sa.text("SHOW jit")) == "off"
        assert db.session.scalar(sa.text("SHOW search_path")).startswith("claims_test_")
    else:
        assert "connect_args" not in db.engine.url.query and db.engine.dialect.name == "sqlite"


@pytest.mark.parametrize(("given", "hops"), [(None, 0), ("0", 0), ("2", 2)])
def test_proxy_hops_default_to_none(monkeypatch, tmp_path, given, hops):
    if given is None:
        monkeypatch.delenv("CLAIMS_PROXY_HOPS", raising=False)
    else:
        monkeypatch.setenv("CLAIMS_PROXY_HOPS", given)
    assert build_config(str(tmp_path), {"SECRET_KEY": "k"})["CLAIMS_PROXY_HOPS"] == hops


@pytest.mark.parametrize("given", ["yes", "-1"])
def test_proxy_hops_that_are_not_a_count_stop_the_app(monkeypatch, tmp_path, given):
    monkeypatch.setenv("CLAIMS_PROXY_HOPS", given)
    with pytest.raises(ConfigurationError, match="CLAIMS_PROXY_HOPS must be a whole number"):
        build_config(str(tmp_path), {"SECRET_KEY": "k"})


def test_a_runs_stale_limit_defaults_to_five_minutes_and_is_a_setting(monkeypatch, tmp_path):
    monkeypatch.delenv("CLAIMS_JOB_STALE_AFTER", raising=False)
    assert build_config(str(tmp_path), {"SECRET_KEY": "k"})["CLAIMS_JOB_STALE_AFTER"] == 300
    monkeypatch.setenv("CLAIMS_JOB_STALE_AFTER", "120")
    assert build_config(str(tmp_path), {"SECRET_KEY": "k"})["CLAIMS_JOB_STALE_AFTER"] == 120


@pytest.mark.parametrize("given", ["0", "two minutes", "-5"])
def test_a_stale_limit_that_is_not_a_positive_number_of_seconds_stops_the_app(monkeypatch, tmp_path, given):
    monkeypatch.setenv("CLAIMS_JOB_STALE_AFTER", given)
    with pytest.raises(ConfigurationError, match="CLAIMS_JOB_STALE_AFTER"):
        build_config(str(tmp_path), {"SECRET_KEY": "k"})
