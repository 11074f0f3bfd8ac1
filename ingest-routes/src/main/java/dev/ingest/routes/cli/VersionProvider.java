package dev.ingest.routes.cli;

import dev.ingest.core.model.ExtractorInfo;
import picocli.CommandLine.IVersionProvider;

final class VersionProvider implements IVersionProvider {
    @Override
    public String[] getVersion() {
        return new String[] {"ingest " + ExtractorInfo.CURRENT.version()};
    }
}
