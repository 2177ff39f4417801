-- A file belongs to exactly one thing. The grants and events migrations each added their owner to this
-- check without knowing of the other; this one names all six.
ALTER TABLE "MediaFile" DROP CONSTRAINT "MediaFile_one_owner_check";
ALTER TABLE "MediaFile" ADD CONSTRAINT "MediaFile_one_owner_check"
  CHECK (num_nonnulls("pressReleaseId", "pressConferenceId", "visitId", "partnerCityId", "grantApplicationId", "eventId") = 1);
