package org.narrascope.learn;

import java.util.Set;
import smile.util.SparseArray;

/**
 * One thing to classify (a paragraph, an article, an entity mention) with its features and gold
 * labels. {@code group} is the article it comes from: folds never split an article, so no fold is
 * scored on text it was trained on.
 */
public record Example(String group, SparseArray features, Set<String> labels) {
}
