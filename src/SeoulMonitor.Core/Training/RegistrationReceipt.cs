namespace SeoulMonitor.Core.Training;

/// <summary>A registration with its attendance code, shown to the monitor once (it is stored only as a hash).</summary>
/// <param name="Registration">The registration.</param>
/// <param name="AttendanceCode">The code to enter at the session.</param>
public sealed record RegistrationReceipt(TrainingRegistrationView Registration, string AttendanceCode);
