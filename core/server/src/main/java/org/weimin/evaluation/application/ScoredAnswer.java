package org.weimin.evaluation.application;

import java.util.UUID;

import org.weimin.spi.evaluation.Score;

/** Answers the method's plugin accepted and scored, waiting to be stored. */
record ScoredAnswer(String featureId, UUID subjectId, String answersJson, Score score) {
}
