namespace SeoulMonitor.Core.Monitors;

/// <summary>What an applicant sends (on submission and on resubmission). Every field is text; Core parses it.</summary>
/// <param name="Name">Name, 2–50 characters.</param>
/// <param name="BirthDate">Birth date as <c>yyyy-MM-dd</c>.</param>
/// <param name="Email">E-mail address.</param>
/// <param name="Mobile">Mobile number (010-1234-5678, 01012345678, +82 10-1234-5678, …).</param>
/// <param name="Province">Province code, Korean or English name (11, 서울특별시, Seoul).</param>
/// <param name="District">District, Korean or English name (강남구, Gangnam-gu).</param>
/// <param name="ConsentNoticeId">The id of the consent notice version the applicant was shown (must be the current one).</param>
/// <param name="ConsentGiven">Whether the applicant ticked consent (never pre-ticked; must be true).</param>
public sealed record ApplicationForm(
    string? Name,
    string? BirthDate,
    string? Email,
    string? Mobile,
    string? Province,
    string? District,
    string? ConsentNoticeId,
    bool ConsentGiven);
