package org.weimin.config.infrastructure;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import org.weimin.config.application.ConfigFiles;
import org.weimin.config.model.CommunityConfig;
import org.weimin.config.model.ConfigFileResult;
import org.weimin.config.model.PlatformConfig;

import jakarta.enterprise.context.ApplicationScoped;

/** The configuration folder as YAML files, secrets taken from the process environment. */
@ApplicationScoped
public class YamlConfigFiles implements ConfigFiles {

    private final TenantConfigReader reader = new TenantConfigReader(System::getenv);

    @Override
    public Path platformFile(Path folder) {
        return folder.resolve(TenantConfigReader.PLATFORM_FILE);
    }

    @Override
    public List<Path> communityFiles(Path folder) throws IOException {
        return TenantConfigReader.communityFiles(folder);
    }

    @Override
    public ConfigFileResult<CommunityConfig> readCommunity(Path file) {
        return reader.readCommunity(file);
    }

    @Override
    public ConfigFileResult<PlatformConfig> readPlatform(Path file) {
        return reader.readPlatform(file);
    }
}
