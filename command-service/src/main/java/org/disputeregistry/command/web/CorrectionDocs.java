package org.disputeregistry.command.web;

/**
 * What the OpenAPI document says of the amendment and retraction of every case type: the rules are
 * the same for all (the lifecycle's), so their words are written once.
 */
public final class CorrectionDocs {

  public static final String AMEND_SUMMARY =
      "Amend the case's latest step, recorded by mistake, as it should have been";

  public static final String AMEND_DESCRIPTION =
      "Approved by another officer (approvedBy, not the caller). The step is judged by its"
          + " own rules as the case stood before it; the case, its figures and lists follow"
          + " the amended step, and the timeline keeps both. A step followed by others is"
          + " NOT_THE_LATEST_STEP: retract those first, latest first.";

  public static final String RETRACT_SUMMARY =
      "Retract the case's latest step, recorded by mistake";

  public static final String RETRACT_DESCRIPTION =
      "Approved by another officer (approvedBy, not the caller). The case stands as before"
          + " the step (a retracted ending reopens it); the timeline keeps both. A step"
          + " followed by others is NOT_THE_LATEST_STEP: retract those first, latest first.";

  private CorrectionDocs() {}
}
