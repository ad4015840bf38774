namespace SeoulMonitor.Core.Monitoring.Submissions;

/// <summary>A photo that passed the checks: its detected type, its hash and its store key.</summary>
internal sealed record CheckedPhoto(string QuestionKey, string ContentType, string Sha256, string StorageKey, ReadOnlyMemory<byte> Content);
