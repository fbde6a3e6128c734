package org.weimin.demand.model;

import java.util.List;

/** The community's own staff decisions on kinds and categories, which teach its classifier. */
public interface ClassificationExampleRepository {

    void add(ClassificationExample example);

    List<ClassificationExample> all();
}
