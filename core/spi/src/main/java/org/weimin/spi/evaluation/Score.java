package org.weimin.spi.evaluation;

import org.weimin.spi.LocalizedText;

/**
 * A result from 0 to 100 with the reason for it, so that a published score can be understood.
 */
public record Score(int value, LocalizedText explanation) {

    public Score {
        if (value < 0 || value > 100) {
            throw new IllegalArgumentException("a score is 0 to 100, not " + value);
        }
    }
}
