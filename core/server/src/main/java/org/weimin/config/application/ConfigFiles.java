package org.weimin.config.application;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import org.weimin.config.model.CommunityConfig;
import org.weimin.config.model.ConfigFileResult;
import org.weimin.config.model.PlatformConfig;

/** Reads the configuration folder: one file per community, one for the platform, each checked against its schema. */
public interface ConfigFiles {

    /** The platform's own file in the folder, when there is one. */
    Path platformFile(Path folder);

    /** The community files in the folder, in a stable order. */
    List<Path> communityFiles(Path folder) throws IOException;

    ConfigFileResult<CommunityConfig> readCommunity(Path file);

    ConfigFileResult<PlatformConfig> readPlatform(Path file);
}
