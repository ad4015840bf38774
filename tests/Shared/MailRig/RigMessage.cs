using MimeKit;

namespace SeoulMonitor.Testing;

/// <summary>A message in the rig's IMAP mailbox: its UID, its exact bytes as stored and its parsed form.</summary>
public sealed record RigMessage(uint Uid, byte[] Raw, MimeMessage Message);
