package org.relecture.cli;

import org.relecture.Version;
import picocli.CommandLine.IVersionProvider;

final class VersionProvider implements IVersionProvider {
    @Override
    public String[] getVersion() {
        return new String[] {"relecture " + Version.get()};
    }
}
