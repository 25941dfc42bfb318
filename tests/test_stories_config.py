"""Every StoryConfig threshold is a documented NEWSSPIDER_STORIES_* setting with the same default."""
from dataclasses import fields
from pathlib import Path

from scrapy.settings import Settings

from newsspider import settings as project_settings
from newsspider.pipelines.stories import story_config
from newsspider.stories.detector import StoryConfig

SETTINGS_PY = Path(project_settings.__file__).read_text(encoding="utf-8")


def test_every_field_has_a_setting_with_the_same_default():
    for field in fields(StoryConfig):
        name = f"NEWSSPIDER_STORIES_{field.name.upper()}"
        assert hasattr(project_settings, name), f"{name} missing from settings.py"
        value = getattr(project_settings, name)
        assert type(value) is type(field.default) and value == field.default, (name, value, field.default)


def test_no_stray_story_settings():
    known = {f"NEWSSPIDER_STORIES_{f.name.upper()}" for f in fields(StoryConfig)}
    known |= {"NEWSSPIDER_STORIES_BACKEND", "NEWSSPIDER_STORIES_BATCH_SIZE", "NEWSSPIDER_STORIES_BATCH_WAIT"}
    stray = {n for n in dir(project_settings) if n.startswith("NEWSSPIDER_STORIES_")} - known
    assert not stray


def test_every_threshold_is_documented():
    """Each field carries a docstring in StoryConfig (the measured reason for its default)."""
    import inspect
    import newsspider.stories.detector as detector

    source = inspect.getsource(detector.StoryConfig)
    for field in fields(StoryConfig):
        after = source.split(f"    {field.name}:", 1)[1].split("\n", 2)[1]
        assert after.strip().startswith('"""'), f"{field.name} has no docstring"


def test_settings_reach_the_detector_config():
    s = Settings({"NEWSSPIDER_STORIES_TRANSLATION_MIN_SCORE": "0.5", "NEWSSPIDER_STORIES_LEAD_CHARS": "120"})
    config = story_config(s)
    assert config.translation_min_score == 0.5 and config.lead_chars == 120
    assert story_config(Settings()) == StoryConfig()
