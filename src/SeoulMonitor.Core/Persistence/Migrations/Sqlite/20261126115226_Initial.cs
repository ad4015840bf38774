using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace SeoulMonitor.Core.Persistence.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class Initial : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "access_review_sign_offs",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Year = table.Column<int>(type: "INTEGER", nullable: false),
                    Month = table.Column<int>(type: "INTEGER", nullable: false),
                    ReviewerKind = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    ReviewerId = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    SignedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    Notes = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    TotalAccesses = table.Column<int>(type: "INTEGER", nullable: false),
                    Downloads = table.Column<int>(type: "INTEGER", nullable: false),
                    FlaggedAccesses = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_access_review_sign_offs", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "advisers",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Field = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Affiliation = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    Email = table.Column<string>(type: "TEXT", maxLength: 254, nullable: true),
                    IsActive = table.Column<bool>(type: "INTEGER", nullable: false),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    UpdatedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_advisers", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "audit_entries",
                columns: table => new
                {
                    Sequence = table.Column<long>(type: "INTEGER", nullable: false),
                    At = table.Column<long>(type: "INTEGER", nullable: false),
                    ActorKind = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    ActorId = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    EntityType = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    EntityId = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Event = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    FromState = table.Column<string>(type: "TEXT", maxLength: 40, nullable: true),
                    ToState = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Reason = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    PreviousHash = table.Column<string>(type: "TEXT", fixedLength: true, maxLength: 64, nullable: false),
                    Hash = table.Column<string>(type: "TEXT", fixedLength: true, maxLength: 64, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_audit_entries", x => x.Sequence);
                });

            migrationBuilder.CreateTable(
                name: "audit_head",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false),
                    Sequence = table.Column<long>(type: "INTEGER", nullable: false),
                    Hash = table.Column<string>(type: "TEXT", fixedLength: true, maxLength: 64, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_audit_head", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "award_cycles",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Year = table.Column<int>(type: "INTEGER", nullable: false),
                    State = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    MonitorAwards = table.Column<int>(type: "INTEGER", nullable: false),
                    CommunityAwards = table.Column<int>(type: "INTEGER", nullable: false),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    UpdatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    Version = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_award_cycles", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "award_nominations",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    CycleId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    CandidateId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Score = table.Column<long>(type: "INTEGER", nullable: false),
                    Breakdown = table.Column<string>(type: "TEXT", maxLength: 8000, nullable: false),
                    Rank = table.Column<int>(type: "INTEGER", nullable: false),
                    Awarded = table.Column<bool>(type: "INTEGER", nullable: false),
                    Note = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_award_nominations", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "budget_lines",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Year = table.Column<int>(type: "INTEGER", nullable: false),
                    Category = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Purpose = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Amount = table.Column<long>(type: "INTEGER", nullable: false),
                    Committed = table.Column<long>(type: "INTEGER", nullable: false),
                    Paid = table.Column<long>(type: "INTEGER", nullable: false),
                    IsSettled = table.Column<bool>(type: "INTEGER", nullable: false),
                    Version = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_budget_lines", x => x.Id);
                    table.CheckConstraint("ck_budget_lines_not_overdrawn", "\"Committed\" >= 0 AND \"Paid\" >= 0 AND \"Committed\" + \"Paid\" <= \"Amount\"");
                });

            migrationBuilder.CreateTable(
                name: "budget_years",
                columns: table => new
                {
                    Year = table.Column<int>(type: "INTEGER", nullable: false),
                    IsClosed = table.Column<bool>(type: "INTEGER", nullable: false),
                    ClosedAt = table.Column<long>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_budget_years", x => x.Year);
                });

            migrationBuilder.CreateTable(
                name: "communities",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 60, nullable: false),
                    NormalizedName = table.Column<string>(type: "TEXT", maxLength: 60, nullable: false),
                    Description = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    FocusArea = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    State = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    FounderId = table.Column<Guid>(type: "TEXT", nullable: false),
                    LeaderId = table.Column<Guid>(type: "TEXT", nullable: true),
                    MemberCount = table.Column<int>(type: "INTEGER", nullable: false),
                    StateReason = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    UpdatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    Version = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_communities", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "community_activities",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    CommunityId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Title = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    HeldOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Attendees = table.Column<int>(type: "INTEGER", nullable: false),
                    State = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Reason = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    UpdatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    Version = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_community_activities", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "consent_notices",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Version = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Purpose = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    ItemsCollected = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    RetentionPeriod = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    RefusalRight = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    RefusalConsequence = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    TextSha256 = table.Column<string>(type: "TEXT", fixedLength: true, maxLength: 64, nullable: false),
                    PublishedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    PublishedBy = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    SupersededAt = table.Column<long>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_consent_notices", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "consultations",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    AdviserId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Topic = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    HeldOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Allowance = table.Column<long>(type: "INTEGER", nullable: false),
                    BudgetLineId = table.Column<Guid>(type: "TEXT", nullable: false),
                    TaskId = table.Column<Guid>(type: "TEXT", nullable: true),
                    State = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Reason = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    UpdatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    Version = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_consultations", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "coverage_members",
                columns: table => new
                {
                    RosterId = table.Column<Guid>(type: "TEXT", nullable: false),
                    MonitorId = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_coverage_members", x => new { x.RosterId, x.MonitorId });
                });

            migrationBuilder.CreateTable(
                name: "coverage_rosters",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    TaskId = table.Column<Guid>(type: "TEXT", nullable: false),
                    CoverageStart = table.Column<long>(type: "INTEGER", nullable: false),
                    CoverageEnd = table.Column<long>(type: "INTEGER", nullable: false),
                    MemberCount = table.Column<int>(type: "INTEGER", nullable: false),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    ExportedAt = table.Column<long>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_coverage_rosters", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "data_subject_requests",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    SubscriberPublicId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    State = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    ReceivedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    DueAt = table.Column<long>(type: "INTEGER", nullable: false),
                    AnsweredAt = table.Column<long>(type: "INTEGER", nullable: true),
                    Outcome = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_data_subject_requests", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "demand_survey_rounds",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Year = table.Column<int>(type: "INTEGER", nullable: false),
                    Title = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    OpensAt = table.Column<long>(type: "INTEGER", nullable: false),
                    ClosesAt = table.Column<long>(type: "INTEGER", nullable: false),
                    ClosedEarly = table.Column<bool>(type: "INTEGER", nullable: false),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_demand_survey_rounds", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "departments",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    ContactEmail = table.Column<string>(type: "TEXT", maxLength: 254, nullable: true),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    UpdatedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_departments", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "destruction_records",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    At = table.Column<long>(type: "INTEGER", nullable: false),
                    Reason = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    ListId = table.Column<Guid>(type: "TEXT", nullable: true),
                    Count = table.Column<int>(type: "INTEGER", nullable: false),
                    Actor = table.Column<string>(type: "TEXT", maxLength: 80, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_destruction_records", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "dialogue_invitations",
                columns: table => new
                {
                    CycleId = table.Column<Guid>(type: "TEXT", nullable: false),
                    MonitorId = table.Column<Guid>(type: "TEXT", nullable: false),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_dialogue_invitations", x => new { x.CycleId, x.MonitorId });
                });

            migrationBuilder.CreateTable(
                name: "field_submissions",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    ClientId = table.Column<Guid>(type: "TEXT", nullable: false),
                    TaskId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ParticipationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    MonitorId = table.Column<Guid>(type: "TEXT", nullable: false),
                    FormVersion = table.Column<int>(type: "INTEGER", nullable: false),
                    Answers = table.Column<string>(type: "TEXT", maxLength: 200000, nullable: false),
                    CapturedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    ReceivedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    Latitude = table.Column<double>(type: "REAL", nullable: true),
                    Longitude = table.Column<double>(type: "REAL", nullable: true),
                    AccuracyMeters = table.Column<double>(type: "REAL", nullable: true),
                    State = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Revision = table.Column<int>(type: "INTEGER", nullable: false),
                    SupersedesId = table.Column<Guid>(type: "TEXT", nullable: true),
                    ReviewReason = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    ReviewedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    ReviewedBy = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    PayloadHash = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Version = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_field_submissions", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "finding_photos",
                columns: table => new
                {
                    FindingId = table.Column<Guid>(type: "TEXT", nullable: false),
                    PhotoId = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_finding_photos", x => new { x.FindingId, x.PhotoId });
                });

            migrationBuilder.CreateTable(
                name: "finding_quotes",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    FindingId = table.Column<Guid>(type: "TEXT", nullable: false),
                    SubmissionId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Text = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    Order = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_finding_quotes", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "finding_sources",
                columns: table => new
                {
                    FindingId = table.Column<Guid>(type: "TEXT", nullable: false),
                    SubmissionId = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_finding_sources", x => new { x.FindingId, x.SubmissionId });
                });

            migrationBuilder.CreateTable(
                name: "finding_updates",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    FindingId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Event = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    FromState = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    ToState = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Progress = table.Column<int>(type: "INTEGER", nullable: false),
                    Text = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    ExpectedDate = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    At = table.Column<long>(type: "INTEGER", nullable: false),
                    ByDepartment = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    RecordedByStaff = table.Column<bool>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_finding_updates", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "findings",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    TaskId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Title = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Summary = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    State = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Response = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    ExpectedDate = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    Progress = table.Column<int>(type: "INTEGER", nullable: false),
                    SentAt = table.Column<long>(type: "INTEGER", nullable: true),
                    AcknowledgedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    RespondBy = table.Column<long>(type: "INTEGER", nullable: true),
                    ReminderSentAt = table.Column<long>(type: "INTEGER", nullable: true),
                    OverdueNoticeSentAt = table.Column<long>(type: "INTEGER", nullable: true),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    UpdatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    Version = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_findings", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "import_runs",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    StaffId = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    FileName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    FileBytes = table.Column<long>(type: "INTEGER", nullable: false),
                    State = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    StartedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    FinishedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    RowsTotal = table.Column<int>(type: "INTEGER", nullable: false),
                    RowsLoaded = table.Column<int>(type: "INTEGER", nullable: false),
                    RowsRejected = table.Column<int>(type: "INTEGER", nullable: false),
                    SubscribersCreated = table.Column<int>(type: "INTEGER", nullable: false),
                    ConsentsRecorded = table.Column<int>(type: "INTEGER", nullable: false),
                    ConsentsUnchanged = table.Column<int>(type: "INTEGER", nullable: false),
                    ProblemsFound = table.Column<int>(type: "INTEGER", nullable: false),
                    FailureReason = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_import_runs", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "insurance_claims",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    RosterId = table.Column<Guid>(type: "TEXT", nullable: false),
                    MonitorId = table.Column<Guid>(type: "TEXT", nullable: false),
                    IncidentAt = table.Column<long>(type: "INTEGER", nullable: false),
                    Description = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    State = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    PaidAmount = table.Column<long>(type: "INTEGER", nullable: true),
                    Reason = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    UpdatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    Version = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_insurance_claims", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "insurance_premiums",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Year = table.Column<int>(type: "INTEGER", nullable: false),
                    BudgetLineId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Insurer = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    PolicyNumber = table.Column<string>(type: "TEXT", maxLength: 50, nullable: false),
                    PeriodStart = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    PeriodEnd = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Amount = table.Column<long>(type: "INTEGER", nullable: false),
                    State = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    PaymentReference = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    CancelReason = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    UpdatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    Version = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_insurance_premiums", x => x.Id);
                    table.CheckConstraint("ck_insurance_premiums_amount", "\"Amount\" > 0");
                });

            migrationBuilder.CreateTable(
                name: "mailing_lists",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Key = table.Column<string>(type: "TEXT", maxLength: 60, nullable: false),
                    NameKo = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    NameEn = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Regime = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    ProvinceCode = table.Column<string>(type: "TEXT", maxLength: 2, nullable: true),
                    District = table.Column<string>(type: "TEXT", maxLength: 40, nullable: true),
                    FireStation = table.Column<string>(type: "TEXT", maxLength: 40, nullable: true),
                    Department = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    IsOpen = table.Column<bool>(type: "INTEGER", nullable: false),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_mailing_lists", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "memberships",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    ApplicationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    State = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    TermEndsOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    JoinedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    StateReason = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    Name = table.Column<string>(type: "TEXT", maxLength: 50, nullable: false),
                    BirthDate = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Email = table.Column<string>(type: "TEXT", maxLength: 254, nullable: false),
                    Mobile = table.Column<string>(type: "TEXT", maxLength: 11, nullable: false),
                    ProvinceCode = table.Column<string>(type: "TEXT", maxLength: 2, nullable: false),
                    District = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    UpdatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    Version = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_memberships", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "monitoring_tasks",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    DemandId = table.Column<Guid>(type: "TEXT", nullable: true),
                    Year = table.Column<int>(type: "INTEGER", nullable: false),
                    Title = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Purpose = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    Department = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Sites = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    Capacity = table.Column<int>(type: "INTEGER", nullable: false),
                    SelectionMethod = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    LotterySeed = table.Column<long>(type: "INTEGER", nullable: true),
                    RecruitmentOpensAt = table.Column<long>(type: "INTEGER", nullable: false),
                    RecruitmentClosesAt = table.Column<long>(type: "INTEGER", nullable: false),
                    FieldworkOpensAt = table.Column<long>(type: "INTEGER", nullable: false),
                    FieldworkClosesAt = table.Column<long>(type: "INTEGER", nullable: false),
                    EligibleDistricts = table.Column<string>(type: "TEXT", nullable: false),
                    RequiredTrainingSessionIds = table.Column<string>(type: "TEXT", nullable: false),
                    State = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    StateReason = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    CurrentFormVersion = table.Column<int>(type: "INTEGER", nullable: false),
                    SelectedCount = table.Column<int>(type: "INTEGER", nullable: false),
                    ApplicationSequence = table.Column<long>(type: "INTEGER", nullable: false),
                    IsHistorical = table.Column<bool>(type: "INTEGER", nullable: false),
                    HistoricalParticipants = table.Column<int>(type: "INTEGER", nullable: true),
                    HistoricalKey = table.Column<string>(type: "TEXT", maxLength: 20, nullable: true),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    UpdatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    Version = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_monitoring_tasks", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "outbox_messages",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    SubscriberId = table.Column<long>(type: "INTEGER", nullable: true),
                    Channel = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    To = table.Column<string>(type: "TEXT", maxLength: 254, nullable: false),
                    Subject = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    TextBody = table.Column<string>(type: "TEXT", maxLength: 8000, nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    SentAt = table.Column<long>(type: "INTEGER", nullable: true),
                    Attempts = table.Column<int>(type: "INTEGER", nullable: false),
                    NextAttemptAt = table.Column<long>(type: "INTEGER", nullable: true),
                    LastError = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_outbox_messages", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "participations",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    TaskId = table.Column<Guid>(type: "TEXT", nullable: false),
                    MonitorId = table.Column<Guid>(type: "TEXT", nullable: false),
                    State = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Sequence = table.Column<long>(type: "INTEGER", nullable: false),
                    LotteryRank = table.Column<int>(type: "INTEGER", nullable: true),
                    AppliedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    SelectedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    StateReason = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    UpdatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    Version = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_participations", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "payout_batches",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Month = table.Column<string>(type: "TEXT", maxLength: 7, nullable: false),
                    State = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    EntryCount = table.Column<int>(type: "INTEGER", nullable: false),
                    Total = table.Column<long>(type: "INTEGER", nullable: false),
                    Recovered = table.Column<long>(type: "INTEGER", nullable: false),
                    ExportedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    PaidAt = table.Column<long>(type: "INTEGER", nullable: true),
                    Version = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_payout_batches", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "person_claims",
                columns: table => new
                {
                    Key = table.Column<string>(type: "TEXT", fixedLength: true, maxLength: 64, nullable: false),
                    ApplicationId = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_person_claims", x => x.Key);
                });

            migrationBuilder.CreateTable(
                name: "personal_data_access",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    At = table.Column<long>(type: "INTEGER", nullable: false),
                    ActorId = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    ActorKind = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    SubjectType = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    SubjectId = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Action = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Purpose = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Reason = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    RecordCount = table.Column<int>(type: "INTEGER", nullable: false),
                    SourceAddress = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_personal_data_access", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "plaques",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    CycleId = table.Column<Guid>(type: "TEXT", nullable: true),
                    RecipientKind = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    RecipientId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Title = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    AwardedOn = table.Column<DateOnly>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_plaques", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "segments",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Channel = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Definition = table.Column<string>(type: "TEXT", maxLength: 16000, nullable: false),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    UpdatedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_segments", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "stipend_entries",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    DerivationKey = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Year = table.Column<int>(type: "INTEGER", nullable: false),
                    MonitorId = table.Column<Guid>(type: "TEXT", nullable: true),
                    CommunityId = table.Column<Guid>(type: "TEXT", nullable: true),
                    TaskId = table.Column<Guid>(type: "TEXT", nullable: true),
                    SourceId = table.Column<Guid>(type: "TEXT", nullable: true),
                    ReversesId = table.Column<Guid>(type: "TEXT", nullable: true),
                    RuleId = table.Column<Guid>(type: "TEXT", nullable: true),
                    Amount = table.Column<long>(type: "INTEGER", nullable: false),
                    BudgetLineId = table.Column<Guid>(type: "TEXT", nullable: false),
                    State = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Reason = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    PayoutBatchId = table.Column<Guid>(type: "TEXT", nullable: true),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    UpdatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    Version = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_stipend_entries", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "stipend_recoveries",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    ReversalId = table.Column<Guid>(type: "TEXT", nullable: false),
                    EntryId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Year = table.Column<int>(type: "INTEGER", nullable: false),
                    MonitorId = table.Column<Guid>(type: "TEXT", nullable: true),
                    CommunityId = table.Column<Guid>(type: "TEXT", nullable: true),
                    BudgetLineId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Amount = table.Column<long>(type: "INTEGER", nullable: false),
                    Netted = table.Column<long>(type: "INTEGER", nullable: false),
                    Collected = table.Column<long>(type: "INTEGER", nullable: false),
                    Settled = table.Column<long>(type: "INTEGER", nullable: false),
                    State = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Reference = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    UpdatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    Version = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_stipend_recoveries", x => x.Id);
                    table.CheckConstraint("ck_stipend_recoveries_within_amount", "\"Amount\" > 0 AND \"Netted\" >= 0 AND \"Collected\" >= 0 AND \"Settled\" >= 0 AND \"Netted\" + \"Collected\" <= \"Amount\" AND \"Settled\" <= \"Netted\" + \"Collected\"");
                });

            migrationBuilder.CreateTable(
                name: "stipend_recovery_deductions",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    RecoveryId = table.Column<Guid>(type: "TEXT", nullable: false),
                    PayoutBatchId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Amount = table.Column<long>(type: "INTEGER", nullable: false),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_stipend_recovery_deductions", x => x.Id);
                    table.CheckConstraint("ck_stipend_recovery_deductions_positive", "\"Amount\" > 0");
                });

            migrationBuilder.CreateTable(
                name: "stipend_rules",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Year = table.Column<int>(type: "INTEGER", nullable: false),
                    TaskId = table.Column<Guid>(type: "TEXT", nullable: true),
                    PerParticipation = table.Column<long>(type: "INTEGER", nullable: false),
                    PerCommunityActivity = table.Column<long>(type: "INTEGER", nullable: false),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    CreatedBy = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_stipend_rules", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "submission_photos",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    SubmissionId = table.Column<Guid>(type: "TEXT", nullable: false),
                    QuestionKey = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    ContentType = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Length = table.Column<long>(type: "INTEGER", nullable: false),
                    Sha256 = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    StorageKey = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_submission_photos", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "subscribers",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    PublicId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Email = table.Column<string>(type: "TEXT", maxLength: 254, nullable: true),
                    Mobile = table.Column<string>(type: "TEXT", maxLength: 11, nullable: true),
                    ProvinceCode = table.Column<string>(type: "TEXT", maxLength: 2, nullable: true),
                    District = table.Column<string>(type: "TEXT", maxLength: 40, nullable: true),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    UpdatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    Version = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_subscribers", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "suppression_lifts",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Channel = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    AddressHash = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Address = table.Column<string>(type: "TEXT", maxLength: 254, nullable: true),
                    EntryReason = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    EntrySource = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    EntryCreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    LiftedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    LiftedBy = table.Column<string>(type: "TEXT", maxLength: 80, nullable: false),
                    Reason = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    AppliedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    Outcome = table.Column<string>(type: "TEXT", maxLength: 40, nullable: true),
                    Attempts = table.Column<int>(type: "INTEGER", nullable: false),
                    NextAttemptAt = table.Column<long>(type: "INTEGER", nullable: true),
                    LastError = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_suppression_lifts", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "suppressions",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Channel = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    AddressHash = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Address = table.Column<string>(type: "TEXT", maxLength: 254, nullable: true),
                    Reason = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Source = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Note = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    CreatedBy = table.Column<string>(type: "TEXT", maxLength: 80, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_suppressions", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "task_demands",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Source = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Department = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    CommunityId = table.Column<Guid>(type: "TEXT", nullable: true),
                    SurveyRoundId = table.Column<Guid>(type: "TEXT", nullable: true),
                    Title = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Purpose = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    Sites = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    PeriodStart = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    PeriodEnd = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Headcount = table.Column<int>(type: "INTEGER", nullable: false),
                    Requirements = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    State = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    StateReason = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    SubmittedBy = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    TaskId = table.Column<Guid>(type: "TEXT", nullable: true),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    UpdatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    Version = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_task_demands", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "task_form_versions",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    TaskId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Number = table.Column<int>(type: "INTEGER", nullable: false),
                    Definition = table.Column<string>(type: "TEXT", maxLength: 200000, nullable: false),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    CreatedBy = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_task_form_versions", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "training_sessions",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Title = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Description = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    Location = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    StartsAt = table.Column<long>(type: "INTEGER", nullable: false),
                    EndsAt = table.Column<long>(type: "INTEGER", nullable: false),
                    Capacity = table.Column<int>(type: "INTEGER", nullable: false),
                    RegistrationDeadline = table.Column<long>(type: "INTEGER", nullable: false),
                    State = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    StateReason = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    UpdatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    Version = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_training_sessions", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "community_members",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    CommunityId = table.Column<Guid>(type: "TEXT", nullable: false),
                    MonitorId = table.Column<Guid>(type: "TEXT", nullable: false),
                    State = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Role = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    StateReason = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    UpdatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    Version = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_community_members", x => x.Id);
                    table.ForeignKey(
                        name: "FK_community_members_communities_CommunityId",
                        column: x => x.CommunityId,
                        principalTable: "communities",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "monitor_applications",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    State = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 50, nullable: false),
                    BirthDate = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Email = table.Column<string>(type: "TEXT", maxLength: 254, nullable: false),
                    Mobile = table.Column<string>(type: "TEXT", maxLength: 11, nullable: false),
                    ProvinceCode = table.Column<string>(type: "TEXT", maxLength: 2, nullable: false),
                    District = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    ConsentNoticeId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ConsentedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    ConsentSourceAddress = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    ConsentUserAgent = table.Column<string>(type: "TEXT", maxLength: 512, nullable: true),
                    SubmittedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    UpdatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    StateReason = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    AccessTokenHash = table.Column<string>(type: "TEXT", fixedLength: true, maxLength: 64, nullable: false),
                    MembershipId = table.Column<Guid>(type: "TEXT", nullable: true),
                    Version = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_monitor_applications", x => x.Id);
                    table.ForeignKey(
                        name: "FK_monitor_applications_consent_notices_ConsentNoticeId",
                        column: x => x.ConsentNoticeId,
                        principalTable: "consent_notices",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "import_problems",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    ImportRunId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Line = table.Column<int>(type: "INTEGER", nullable: false),
                    Column = table.Column<string>(type: "TEXT", maxLength: 46, nullable: true),
                    Code = table.Column<string>(type: "TEXT", maxLength: 80, nullable: false),
                    Message = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    MessageKo = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_import_problems", x => x.Id);
                    table.ForeignKey(
                        name: "FK_import_problems_import_runs_ImportRunId",
                        column: x => x.ImportRunId,
                        principalTable: "import_runs",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "list_consent_notices",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    ListId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false),
                    Purpose = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    Items = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    Retention = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    RightToRefuse = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    Consequence = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    PublishedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_list_consent_notices", x => x.Id);
                    table.ForeignKey(
                        name: "FK_list_consent_notices_mailing_lists_ListId",
                        column: x => x.ListId,
                        principalTable: "mailing_lists",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "consent_events",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    ConsentId = table.Column<long>(type: "INTEGER", nullable: false),
                    SubscriberId = table.Column<long>(type: "INTEGER", nullable: false),
                    ListId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Channel = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    At = table.Column<long>(type: "INTEGER", nullable: false),
                    Actor = table.Column<string>(type: "TEXT", maxLength: 80, nullable: false),
                    NoticeId = table.Column<Guid>(type: "TEXT", nullable: true),
                    Ip = table.Column<string>(type: "TEXT", maxLength: 45, nullable: true),
                    UserAgent = table.Column<string>(type: "TEXT", maxLength: 512, nullable: true),
                    Detail = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_consent_events", x => x.Id);
                    table.ForeignKey(
                        name: "FK_consent_events_subscribers_SubscriberId",
                        column: x => x.SubscriberId,
                        principalTable: "subscribers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "consents",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    SubscriberId = table.Column<long>(type: "INTEGER", nullable: false),
                    ListId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Channel = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    State = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    NoticeId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Source = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    GivenAt = table.Column<long>(type: "INTEGER", nullable: false),
                    EvidenceIp = table.Column<string>(type: "TEXT", maxLength: 45, nullable: true),
                    EvidenceUserAgent = table.Column<string>(type: "TEXT", maxLength: 512, nullable: true),
                    EvidenceReference = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    ConfirmationTokenHash = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    ConfirmationExpiresAt = table.Column<long>(type: "INTEGER", nullable: true),
                    ConfirmedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    LastAffirmedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    RenewalDueAt = table.Column<long>(type: "INTEGER", nullable: true),
                    ReminderSentAt = table.Column<long>(type: "INTEGER", nullable: true),
                    NightSending = table.Column<bool>(type: "INTEGER", nullable: false),
                    NightSendingConsentedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    EndedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    EndReason = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    Version = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_consents", x => x.Id);
                    table.ForeignKey(
                        name: "FK_consents_mailing_lists_ListId",
                        column: x => x.ListId,
                        principalTable: "mailing_lists",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_consents_subscribers_SubscriberId",
                        column: x => x.SubscriberId,
                        principalTable: "subscribers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "subscriber_attributes",
                columns: table => new
                {
                    SubscriberId = table.Column<long>(type: "INTEGER", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Value = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_subscriber_attributes", x => new { x.SubscriberId, x.Name });
                    table.ForeignKey(
                        name: "FK_subscriber_attributes_subscribers_SubscriberId",
                        column: x => x.SubscriberId,
                        principalTable: "subscribers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "training_registrations",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    SessionId = table.Column<Guid>(type: "TEXT", nullable: false),
                    MonitorId = table.Column<Guid>(type: "TEXT", nullable: false),
                    State = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    CodeHash = table.Column<string>(type: "TEXT", fixedLength: true, maxLength: 64, nullable: false),
                    RegisteredAt = table.Column<long>(type: "INTEGER", nullable: false),
                    AttendedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    StateReason = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    UpdatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    Version = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_training_registrations", x => x.Id);
                    table.ForeignKey(
                        name: "FK_training_registrations_training_sessions_SessionId",
                        column: x => x.SessionId,
                        principalTable: "training_sessions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_access_review_sign_offs_Year_Month",
                table: "access_review_sign_offs",
                columns: new[] { "Year", "Month" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_audit_entries_EntityType_EntityId",
                table: "audit_entries",
                columns: new[] { "EntityType", "EntityId" });

            migrationBuilder.CreateIndex(
                name: "IX_award_cycles_Year",
                table: "award_cycles",
                column: "Year",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_award_nominations_CycleId_Kind_CandidateId",
                table: "award_nominations",
                columns: new[] { "CycleId", "Kind", "CandidateId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_award_nominations_CycleId_Kind_Rank",
                table: "award_nominations",
                columns: new[] { "CycleId", "Kind", "Rank" });

            migrationBuilder.CreateIndex(
                name: "IX_budget_lines_Year_Category_Name",
                table: "budget_lines",
                columns: new[] { "Year", "Category", "Name" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_communities_NormalizedName",
                table: "communities",
                column: "NormalizedName",
                unique: true,
                filter: "\"State\" IN ('Proposed', 'Active')");

            migrationBuilder.CreateIndex(
                name: "IX_communities_State",
                table: "communities",
                column: "State");

            migrationBuilder.CreateIndex(
                name: "IX_community_activities_CommunityId_HeldOn",
                table: "community_activities",
                columns: new[] { "CommunityId", "HeldOn" });

            migrationBuilder.CreateIndex(
                name: "IX_community_members_CommunityId_MonitorId",
                table: "community_members",
                columns: new[] { "CommunityId", "MonitorId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_community_members_MonitorId",
                table: "community_members",
                column: "MonitorId");

            migrationBuilder.CreateIndex(
                name: "IX_consent_events_ConsentId",
                table: "consent_events",
                column: "ConsentId");

            migrationBuilder.CreateIndex(
                name: "IX_consent_events_SubscriberId_Id",
                table: "consent_events",
                columns: new[] { "SubscriberId", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_consent_notices_PublishedAt",
                table: "consent_notices",
                column: "PublishedAt");

            migrationBuilder.CreateIndex(
                name: "IX_consent_notices_Version",
                table: "consent_notices",
                column: "Version",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_consents_ConfirmationTokenHash",
                table: "consents",
                column: "ConfirmationTokenHash");

            migrationBuilder.CreateIndex(
                name: "IX_consents_ListId_Channel_State_SubscriberId",
                table: "consents",
                columns: new[] { "ListId", "Channel", "State", "SubscriberId" });

            migrationBuilder.CreateIndex(
                name: "IX_consents_State_RenewalDueAt",
                table: "consents",
                columns: new[] { "State", "RenewalDueAt" });

            migrationBuilder.CreateIndex(
                name: "IX_consents_SubscriberId_ListId_Channel",
                table: "consents",
                columns: new[] { "SubscriberId", "ListId", "Channel" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_consultations_AdviserId",
                table: "consultations",
                column: "AdviserId");

            migrationBuilder.CreateIndex(
                name: "IX_consultations_BudgetLineId",
                table: "consultations",
                column: "BudgetLineId");

            migrationBuilder.CreateIndex(
                name: "IX_coverage_members_MonitorId",
                table: "coverage_members",
                column: "MonitorId");

            migrationBuilder.CreateIndex(
                name: "IX_coverage_rosters_TaskId",
                table: "coverage_rosters",
                column: "TaskId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_data_subject_requests_State_DueAt",
                table: "data_subject_requests",
                columns: new[] { "State", "DueAt" });

            migrationBuilder.CreateIndex(
                name: "IX_data_subject_requests_SubscriberPublicId",
                table: "data_subject_requests",
                column: "SubscriberPublicId");

            migrationBuilder.CreateIndex(
                name: "IX_demand_survey_rounds_Year",
                table: "demand_survey_rounds",
                column: "Year");

            migrationBuilder.CreateIndex(
                name: "IX_departments_Name",
                table: "departments",
                column: "Name",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_destruction_records_At",
                table: "destruction_records",
                column: "At");

            migrationBuilder.CreateIndex(
                name: "IX_field_submissions_ClientId",
                table: "field_submissions",
                column: "ClientId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_field_submissions_MonitorId",
                table: "field_submissions",
                column: "MonitorId");

            migrationBuilder.CreateIndex(
                name: "IX_field_submissions_ParticipationId",
                table: "field_submissions",
                column: "ParticipationId");

            migrationBuilder.CreateIndex(
                name: "IX_field_submissions_TaskId_State",
                table: "field_submissions",
                columns: new[] { "TaskId", "State" });

            migrationBuilder.CreateIndex(
                name: "IX_finding_quotes_FindingId",
                table: "finding_quotes",
                column: "FindingId");

            migrationBuilder.CreateIndex(
                name: "IX_finding_sources_SubmissionId",
                table: "finding_sources",
                column: "SubmissionId");

            migrationBuilder.CreateIndex(
                name: "IX_finding_updates_FindingId_At",
                table: "finding_updates",
                columns: new[] { "FindingId", "At" });

            migrationBuilder.CreateIndex(
                name: "IX_findings_State_RespondBy",
                table: "findings",
                columns: new[] { "State", "RespondBy" });

            migrationBuilder.CreateIndex(
                name: "IX_findings_TaskId_State",
                table: "findings",
                columns: new[] { "TaskId", "State" });

            migrationBuilder.CreateIndex(
                name: "IX_import_problems_ImportRunId_Id",
                table: "import_problems",
                columns: new[] { "ImportRunId", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_import_runs_StartedAt",
                table: "import_runs",
                column: "StartedAt");

            migrationBuilder.CreateIndex(
                name: "IX_insurance_claims_RosterId",
                table: "insurance_claims",
                column: "RosterId");

            migrationBuilder.CreateIndex(
                name: "IX_insurance_premiums_Insurer_PolicyNumber_PeriodStart",
                table: "insurance_premiums",
                columns: new[] { "Insurer", "PolicyNumber", "PeriodStart" });

            migrationBuilder.CreateIndex(
                name: "IX_insurance_premiums_Year",
                table: "insurance_premiums",
                column: "Year");

            migrationBuilder.CreateIndex(
                name: "IX_list_consent_notices_ListId_Version",
                table: "list_consent_notices",
                columns: new[] { "ListId", "Version" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_mailing_lists_Key",
                table: "mailing_lists",
                column: "Key",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_mailing_lists_Kind",
                table: "mailing_lists",
                column: "Kind");

            migrationBuilder.CreateIndex(
                name: "IX_memberships_ApplicationId",
                table: "memberships",
                column: "ApplicationId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_memberships_State",
                table: "memberships",
                column: "State");

            migrationBuilder.CreateIndex(
                name: "IX_memberships_TermEndsOn",
                table: "memberships",
                column: "TermEndsOn");

            migrationBuilder.CreateIndex(
                name: "IX_monitor_applications_ConsentNoticeId",
                table: "monitor_applications",
                column: "ConsentNoticeId");

            migrationBuilder.CreateIndex(
                name: "IX_monitor_applications_State_SubmittedAt",
                table: "monitor_applications",
                columns: new[] { "State", "SubmittedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_monitoring_tasks_Department",
                table: "monitoring_tasks",
                column: "Department");

            migrationBuilder.CreateIndex(
                name: "IX_monitoring_tasks_HistoricalKey",
                table: "monitoring_tasks",
                column: "HistoricalKey",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_monitoring_tasks_Year_State",
                table: "monitoring_tasks",
                columns: new[] { "Year", "State" });

            migrationBuilder.CreateIndex(
                name: "IX_outbox_messages_SentAt_Id",
                table: "outbox_messages",
                columns: new[] { "SentAt", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_outbox_messages_SubscriberId",
                table: "outbox_messages",
                column: "SubscriberId");

            migrationBuilder.CreateIndex(
                name: "IX_outbox_messages_To",
                table: "outbox_messages",
                column: "To");

            migrationBuilder.CreateIndex(
                name: "IX_participations_MonitorId",
                table: "participations",
                column: "MonitorId");

            migrationBuilder.CreateIndex(
                name: "IX_participations_TaskId_MonitorId",
                table: "participations",
                columns: new[] { "TaskId", "MonitorId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_participations_TaskId_State_Sequence",
                table: "participations",
                columns: new[] { "TaskId", "State", "Sequence" });

            migrationBuilder.CreateIndex(
                name: "IX_payout_batches_Month",
                table: "payout_batches",
                column: "Month");

            migrationBuilder.CreateIndex(
                name: "IX_person_claims_ApplicationId",
                table: "person_claims",
                column: "ApplicationId");

            migrationBuilder.CreateIndex(
                name: "IX_personal_data_access_At",
                table: "personal_data_access",
                column: "At");

            migrationBuilder.CreateIndex(
                name: "IX_personal_data_access_SubjectType_SubjectId",
                table: "personal_data_access",
                columns: new[] { "SubjectType", "SubjectId" });

            migrationBuilder.CreateIndex(
                name: "IX_plaques_RecipientKind_RecipientId",
                table: "plaques",
                columns: new[] { "RecipientKind", "RecipientId" });

            migrationBuilder.CreateIndex(
                name: "IX_stipend_entries_DerivationKey",
                table: "stipend_entries",
                column: "DerivationKey",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_stipend_entries_MonitorId",
                table: "stipend_entries",
                column: "MonitorId");

            migrationBuilder.CreateIndex(
                name: "IX_stipend_entries_PayoutBatchId",
                table: "stipend_entries",
                column: "PayoutBatchId");

            migrationBuilder.CreateIndex(
                name: "IX_stipend_entries_Year_State",
                table: "stipend_entries",
                columns: new[] { "Year", "State" });

            migrationBuilder.CreateIndex(
                name: "IX_stipend_recoveries_MonitorId",
                table: "stipend_recoveries",
                column: "MonitorId");

            migrationBuilder.CreateIndex(
                name: "IX_stipend_recoveries_ReversalId",
                table: "stipend_recoveries",
                column: "ReversalId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_stipend_recoveries_Year_State",
                table: "stipend_recoveries",
                columns: new[] { "Year", "State" });

            migrationBuilder.CreateIndex(
                name: "IX_stipend_recovery_deductions_PayoutBatchId_RecoveryId",
                table: "stipend_recovery_deductions",
                columns: new[] { "PayoutBatchId", "RecoveryId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_stipend_recovery_deductions_RecoveryId",
                table: "stipend_recovery_deductions",
                column: "RecoveryId");

            migrationBuilder.CreateIndex(
                name: "IX_stipend_rules_Year_TaskId_CreatedAt",
                table: "stipend_rules",
                columns: new[] { "Year", "TaskId", "CreatedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_submission_photos_Sha256",
                table: "submission_photos",
                column: "Sha256");

            migrationBuilder.CreateIndex(
                name: "IX_submission_photos_SubmissionId",
                table: "submission_photos",
                column: "SubmissionId");

            migrationBuilder.CreateIndex(
                name: "IX_subscriber_attributes_Name_Value",
                table: "subscriber_attributes",
                columns: new[] { "Name", "Value" });

            migrationBuilder.CreateIndex(
                name: "IX_subscribers_Email",
                table: "subscribers",
                column: "Email",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_subscribers_Mobile",
                table: "subscribers",
                column: "Mobile",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_subscribers_ProvinceCode_District",
                table: "subscribers",
                columns: new[] { "ProvinceCode", "District" });

            migrationBuilder.CreateIndex(
                name: "IX_subscribers_PublicId",
                table: "subscribers",
                column: "PublicId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_suppression_lifts_AppliedAt_Id",
                table: "suppression_lifts",
                columns: new[] { "AppliedAt", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_suppression_lifts_Channel_AddressHash_LiftedAt",
                table: "suppression_lifts",
                columns: new[] { "Channel", "AddressHash", "LiftedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_suppressions_Channel_AddressHash",
                table: "suppressions",
                columns: new[] { "Channel", "AddressHash" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_task_demands_Department",
                table: "task_demands",
                column: "Department");

            migrationBuilder.CreateIndex(
                name: "IX_task_demands_State_CreatedAt",
                table: "task_demands",
                columns: new[] { "State", "CreatedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_task_demands_SurveyRoundId",
                table: "task_demands",
                column: "SurveyRoundId");

            migrationBuilder.CreateIndex(
                name: "IX_task_form_versions_TaskId_Number",
                table: "task_form_versions",
                columns: new[] { "TaskId", "Number" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_training_registrations_MonitorId_State",
                table: "training_registrations",
                columns: new[] { "MonitorId", "State" });

            migrationBuilder.CreateIndex(
                name: "IX_training_registrations_SessionId_CodeHash",
                table: "training_registrations",
                columns: new[] { "SessionId", "CodeHash" });

            migrationBuilder.CreateIndex(
                name: "IX_training_registrations_SessionId_MonitorId",
                table: "training_registrations",
                columns: new[] { "SessionId", "MonitorId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_training_sessions_StartsAt",
                table: "training_sessions",
                column: "StartsAt");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "access_review_sign_offs");

            migrationBuilder.DropTable(
                name: "advisers");

            migrationBuilder.DropTable(
                name: "audit_entries");

            migrationBuilder.DropTable(
                name: "audit_head");

            migrationBuilder.DropTable(
                name: "award_cycles");

            migrationBuilder.DropTable(
                name: "award_nominations");

            migrationBuilder.DropTable(
                name: "budget_lines");

            migrationBuilder.DropTable(
                name: "budget_years");

            migrationBuilder.DropTable(
                name: "community_activities");

            migrationBuilder.DropTable(
                name: "community_members");

            migrationBuilder.DropTable(
                name: "consent_events");

            migrationBuilder.DropTable(
                name: "consents");

            migrationBuilder.DropTable(
                name: "consultations");

            migrationBuilder.DropTable(
                name: "coverage_members");

            migrationBuilder.DropTable(
                name: "coverage_rosters");

            migrationBuilder.DropTable(
                name: "data_subject_requests");

            migrationBuilder.DropTable(
                name: "demand_survey_rounds");

            migrationBuilder.DropTable(
                name: "departments");

            migrationBuilder.DropTable(
                name: "destruction_records");

            migrationBuilder.DropTable(
                name: "dialogue_invitations");

            migrationBuilder.DropTable(
                name: "field_submissions");

            migrationBuilder.DropTable(
                name: "finding_photos");

            migrationBuilder.DropTable(
                name: "finding_quotes");

            migrationBuilder.DropTable(
                name: "finding_sources");

            migrationBuilder.DropTable(
                name: "finding_updates");

            migrationBuilder.DropTable(
                name: "findings");

            migrationBuilder.DropTable(
                name: "import_problems");

            migrationBuilder.DropTable(
                name: "insurance_claims");

            migrationBuilder.DropTable(
                name: "insurance_premiums");

            migrationBuilder.DropTable(
                name: "list_consent_notices");

            migrationBuilder.DropTable(
                name: "memberships");

            migrationBuilder.DropTable(
                name: "monitor_applications");

            migrationBuilder.DropTable(
                name: "monitoring_tasks");

            migrationBuilder.DropTable(
                name: "outbox_messages");

            migrationBuilder.DropTable(
                name: "participations");

            migrationBuilder.DropTable(
                name: "payout_batches");

            migrationBuilder.DropTable(
                name: "person_claims");

            migrationBuilder.DropTable(
                name: "personal_data_access");

            migrationBuilder.DropTable(
                name: "plaques");

            migrationBuilder.DropTable(
                name: "segments");

            migrationBuilder.DropTable(
                name: "stipend_entries");

            migrationBuilder.DropTable(
                name: "stipend_recoveries");

            migrationBuilder.DropTable(
                name: "stipend_recovery_deductions");

            migrationBuilder.DropTable(
                name: "stipend_rules");

            migrationBuilder.DropTable(
                name: "submission_photos");

            migrationBuilder.DropTable(
                name: "subscriber_attributes");

            migrationBuilder.DropTable(
                name: "suppression_lifts");

            migrationBuilder.DropTable(
                name: "suppressions");

            migrationBuilder.DropTable(
                name: "task_demands");

            migrationBuilder.DropTable(
                name: "task_form_versions");

            migrationBuilder.DropTable(
                name: "training_registrations");

            migrationBuilder.DropTable(
                name: "communities");

            migrationBuilder.DropTable(
                name: "import_runs");

            migrationBuilder.DropTable(
                name: "mailing_lists");

            migrationBuilder.DropTable(
                name: "consent_notices");

            migrationBuilder.DropTable(
                name: "subscribers");

            migrationBuilder.DropTable(
                name: "training_sessions");
        }
    }
}
