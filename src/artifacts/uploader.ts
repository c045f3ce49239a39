/** What uploading an artifact of this run needs: the seam between the artifact logic and @actions/artifact (src/github/artifact-upload.ts). */

export interface UploadedArtifact {
  readonly name: string;
  readonly id: number;
  readonly size: number;
}

export interface ArtifactUploader {
  upload(name: string, files: readonly string[], rootDirectory: string, retentionDays?: number): Promise<UploadedArtifact>;
}
