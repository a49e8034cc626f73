package org.relecture.text;

import org.relecture.api.Relecture;

/** A deliberate back-edge (the first stage using the facade), for BackEdgeTest only. */
final class TextUsesFacadeBackEdge {
    private TextUsesFacadeBackEdge() {
    }

    static int workers(Relecture relecture) {
        return relecture.workers();
    }
}
