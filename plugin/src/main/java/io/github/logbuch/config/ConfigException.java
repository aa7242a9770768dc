package io.github.logbuch.config;

/** A setting of the blog is wrong; names the setting so an adapter can point at its POM element. */
public final class ConfigException extends IllegalArgumentException {
    private final String setting;

    public ConfigException(String setting, String message) {
        super(message);
        this.setting = setting;
    }

    /** The parameter name, e.g. {@code baseUrl}. */
    public String setting() {
        return setting;
    }
}
