namespace SeoulMonitor.Core.Training;

/// <summary>Placeholder: filled in by the Training feature.</summary>
public sealed class TrainingService
{
}
