"""Every story threshold has one home, StoryConfig: documented there, overridable by a setting."""
from dataclasses import fields

from scrapy.settings import Settings

from newsspider import settings as project_settings
from newsspider.stories.config import SETTING_PREFIX, StoryConfig


def test_no_threshold_is_defined_twice():
    """settings.py names the backend and the batching only; every StoryConfig field's default
    lives in StoryConfig (one place per default)."""
    defined = {n for n in dir(project_settings) if n.startswith(SETTING_PREFIX)}
    assert defined == {"NEWSSPIDER_STORIES_BACKEND", "NEWSSPIDER_STORIES_BATCH_SIZE", "NEWSSPIDER_STORIES_BATCH_WAIT"}
    assert not {SETTING_PREFIX + f.name.upper() for f in fields(StoryConfig)} & defined


def test_every_threshold_is_documented():
    """Each field carries a docstring in StoryConfig (the measured reason for its default)."""
    import inspect

    import newsspider.stories.config as config

    source = inspect.getsource(config.StoryConfig)
    for field in fields(StoryConfig):
        after = source.split(f"    {field.name}:", 1)[1].split("\n", 2)[1]
        assert after.strip().startswith('"""'), f"{field.name} has no docstring"


def test_settings_reach_the_detector_config():
    s = Settings({"NEWSSPIDER_STORIES_TRANSLATION_MIN_SCORE": "0.5", "NEWSSPIDER_STORIES_LEAD_CHARS": "120",
                  "NEWSSPIDER_STORIES_NEAR_MIN_CONTAINMENT": 0.7})
    config = StoryConfig.from_settings(s)
    assert config.translation_min_score == 0.5 and config.lead_chars == 120 and config.near_min_containment == 0.7
    assert StoryConfig.from_settings(Settings()) == StoryConfig()
    project = Settings()
    project.setmodule(project_settings)
    assert StoryConfig.from_settings(project) == StoryConfig()
