package org.weimin.spi.intake;

import java.net.URI;
import java.time.Duration;
import java.util.Optional;

/** What channels that answer people back share: the time limit, web addresses, the words. Since SPI 1.5. */
public final class ChannelReplies {

    /** What a setting that holds a web address must look like: absolute http or https, with a host. */
    public static final String WEB_ADDRESS = "https?://[^\\s/?#@]+(/\\S*)?";

    public static final Duration TIMEOUT = Duration.ofSeconds(3);

    private ChannelReplies() {
    }

    /** The address when it is an http(s) web address; empty for anything else a community may have typed. */
    public static Optional<URI> webAddress(String address) {
        try {
            URI uri = URI.create(address);
            return "http".equals(uri.getScheme()) || "https".equals(uri.getScheme()) ? Optional.of(uri) : Optional.empty();
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** "需求 D261127-K7P2QXM：已办结。说明：已更换灯泡" */
    public static String inWords(ProgressNotice notice) {
        return "需求 " + notice.reference() + "：" + notice.what().zh() + "。"
                + (notice.note() == null || notice.note().isBlank() ? "" : "说明：" + notice.note());
    }
}
