from pathlib import Path

from scrapy.settings import Settings

import newsspider.settings as project_settings

README = (Path(__file__).resolve().parent.parent / "README.md").read_text(encoding="utf-8")


def project() -> Settings:
    settings = Settings()
    settings.setmodule(project_settings)
    return settings


def test_crawl_opens_no_listening_socket_by_default():
    settings = project()
    assert settings.getbool("TELNETCONSOLE_ENABLED") is False
    assert settings.getbool("REMOTE_CONTROL_ENABLED") is False


def test_defaults_are_polite_to_news_sites():
    settings = project()
    assert settings.getbool("ROBOTSTXT_OBEY") and settings.getbool("AUTOTHROTTLE_ENABLED")
    assert settings.getint("CONCURRENT_REQUESTS_PER_DOMAIN") <= 8
    assert "newsspider" in settings.get("USER_AGENT")


def test_every_project_setting_is_documented_in_the_readme():
    # The story thresholds are documented as one row (NEWSSPIDER_STORIES_<FIELD>, see StoryConfig).
    names = [name for name in vars(project_settings) if name.startswith("NEWSSPIDER_")]
    undocumented = [name for name in names if name not in README
                    and not (name.startswith("NEWSSPIDER_STORIES_") and "NEWSSPIDER_STORIES_<FIELD>" in README)]
    assert not undocumented
