/**
 * Uploading an artifact of this run (the report artifact, a promoted baseline) through
 * @actions/artifact and the runtime's results service. A same-named artifact left by an earlier
 * attempt of this run (a re-run) is replaced, as upload-artifact's `overwrite: true` does:
 * artifact names are unique within a run.
 */
import { ConfigurationError } from '../errors.js';
import type { Logger } from '../logger.js';

import type { ArtifactUploader } from '../artifacts/uploader.js';

export type { ArtifactUploader, UploadedArtifact } from '../artifacts/uploader.js';

export function actionsArtifactUploader(logger: Logger, env: Readonly<Record<string, string | undefined>> = process.env): ArtifactUploader {
  return {
    async upload(name, files, rootDirectory, retentionDays) {
      if (!env.ACTIONS_RUNTIME_TOKEN || !env.ACTIONS_RESULTS_URL) {
        throw new ConfigurationError(`cannot upload the artifact ${name}: not inside a GitHub Actions job (ACTIONS_RUNTIME_TOKEN and ACTIONS_RESULTS_URL are not set)`);
      }
      // Loaded on first use: the library (with the Azure SDK) doubles the bundle's start-up time.
      const client = new (await import('@actions/artifact')).DefaultArtifactClient();
      const { artifacts } = await client.listArtifacts();
      if (artifacts.some((a) => a.name === name)) {
        logger.info(`Replacing the artifact ${name} left by an earlier attempt of this run`);
        await client.deleteArtifact(name);
      }
      const { id, size } = await client.uploadArtifact(name, [...files], rootDirectory, retentionDays !== undefined ? { retentionDays } : {});
      if (id === undefined) throw new Error(`the upload of artifact ${name} returned no id`);
      logger.info(`Uploaded the artifact ${name} (id ${id}, ${size ?? 0} bytes)`);
      return { name, id, size: size ?? 0 };
    },
  };
}
