package org.weimin.plugin.application;

/** Seals secret settings (API keys, signing tokens) before they are stored, and opens them for the feature. */
public interface SettingSecrets {

    String seal(String plain);

    String open(String sealed);
}
