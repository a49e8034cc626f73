package org.relecture.server;

import net.jqwik.api.lifecycle.AroundPropertyHook;
import net.jqwik.api.lifecycle.PropertyExecutionResult;
import net.jqwik.api.lifecycle.PropertyExecutor;
import net.jqwik.api.lifecycle.PropertyLifecycleContext;

/**
 * The number of tries of a fuzzing property: the few of the property itself in the normal test
 * suite, or {@code -Drelecture.fuzz.tries=N} for a long run before a release.
 */
public final class FuzzTries implements AroundPropertyHook {
    static final String PROPERTY = "relecture.fuzz.tries";

    @Override
    public PropertyExecutionResult aroundProperty(PropertyLifecycleContext context, PropertyExecutor property) {
        Integer tries = Integer.getInteger(PROPERTY);
        if (tries != null) {
            context.attributes().setTries(tries);
        }
        return property.execute();
    }
}
