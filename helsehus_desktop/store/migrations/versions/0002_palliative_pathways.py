"""Palliative pathways: patients, pathways and their plans, assessments, the access log.

Revision ID: 0002
Revises: 0001

"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

# revision identifiers, used by Alembic.
revision: str = "0002"
down_revision: str | Sequence[str] | None = "0001"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    """Upgrade schema."""
    op.create_table(
        "access_log",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("at", sa.DateTime(), nullable=False),
        sa.Column("actor", sa.String(length=100), nullable=False),
        sa.Column("action", sa.String(length=30), nullable=False),
        sa.Column("patient_id", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_access_log")),
    )
    with op.batch_alter_table("access_log", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_access_log_patient_id"), ["patient_id"], unique=False)

    op.create_table(
        "patients",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("identity_number", sa.String(length=11), nullable=True),
        sa.Column("birth_date", sa.Date(), nullable=False),
        sa.Column("address", sa.String(length=300), nullable=False),
        sa.Column("language", sa.String(length=100), nullable=False),
        sa.Column("interpreter_needed", sa.Boolean(), nullable=False),
        sa.Column("unit_id", sa.Integer(), nullable=True),
        sa.Column("gp_name", sa.String(length=200), nullable=False),
        sa.Column("gp_phone", sa.String(length=50), nullable=False),
        sa.Column("next_of_kin_name", sa.String(length=200), nullable=False),
        sa.Column("next_of_kin_phone", sa.String(length=50), nullable=False),
        sa.Column("contact_nurse", sa.String(length=200), nullable=False),
        sa.Column("search_text", sa.String(length=300), nullable=False),
        sa.ForeignKeyConstraint(
            ["unit_id"], ["units.id"], name=op.f("fk_patients_unit_id_units"), ondelete="SET NULL"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_patients")),
        sa.UniqueConstraint("identity_number", name=op.f("uq_patients_identity_number")),
    )
    with op.batch_alter_table("patients", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_patients_unit_id"), ["unit_id"], unique=False)

    op.create_table(
        "pathways",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("patient_id", sa.Integer(), nullable=False),
        sa.Column("level", sa.Integer(), nullable=False),
        sa.Column("start_date", sa.Date(), nullable=False),
        sa.Column("status", sa.String(length=10), nullable=False),
        sa.Column("ended_on", sa.Date(), nullable=True),
        sa.Column("end_reason", sa.String(length=30), nullable=False),
        sa.Column("prevent_escalation", sa.Text(), nullable=False),
        sa.Column("enable_improvement", sa.Text(), nullable=False),
        sa.Column("check_holidays", sa.Text(), nullable=False),
        sa.Column("check_staffing", sa.Text(), nullable=False),
        sa.Column("check_acute", sa.Text(), nullable=False),
        sa.Column("contact_evening", sa.Text(), nullable=False),
        sa.Column("contact_night", sa.Text(), nullable=False),
        sa.Column("contact_weekend", sa.Text(), nullable=False),
        sa.Column("contact_holiday", sa.Text(), nullable=False),
        sa.Column("extra_visits", sa.Text(), nullable=False),
        sa.CheckConstraint("status IN ('active', 'ended')", name=op.f("ck_pathways_status")),
        sa.CheckConstraint(
            "ended_on IS NULL OR ended_on >= start_date", name=op.f("ck_pathways_period")
        ),
        sa.CheckConstraint("level BETWEEN 1 AND 3", name=op.f("ck_pathways_level")),
        sa.ForeignKeyConstraint(
            ["patient_id"],
            ["patients.id"],
            name=op.f("fk_pathways_patient_id_patients"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_pathways")),
        sa.UniqueConstraint("patient_id", name=op.f("uq_pathways_patient_id")),
    )
    with op.batch_alter_table("pathways", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_pathways_level"), ["level"], unique=False)
        batch_op.create_index(batch_op.f("ix_pathways_status"), ["status"], unique=False)

    op.create_table(
        "activity_items",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("pathway_id", sa.Integer(), nullable=False),
        sa.Column("key", sa.String(length=100), nullable=False),
        sa.Column("group", sa.String(length=200), nullable=False),
        sa.Column("title", sa.String(length=500), nullable=False),
        sa.Column("required", sa.Boolean(), nullable=False),
        sa.Column("done", sa.Boolean(), nullable=False),
        sa.Column("done_on", sa.Date(), nullable=True),
        sa.Column("done_by", sa.String(length=200), nullable=False),
        sa.Column("note", sa.Text(), nullable=False),
        sa.Column("sort", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["pathway_id"],
            ["pathways.id"],
            name=op.f("fk_activity_items_pathway_id_pathways"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_activity_items")),
    )
    with op.batch_alter_table("activity_items", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_activity_items_pathway_id"), ["pathway_id"], unique=False
        )

    op.create_table(
        "acute_scenarios",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("pathway_id", sa.Integer(), nullable=False),
        sa.Column("sort", sa.Integer(), nullable=False),
        sa.Column("foreseen", sa.Boolean(), nullable=False),
        sa.Column("scenario", sa.Text(), nullable=False),
        sa.Column("action", sa.Text(), nullable=False),
        sa.Column("call_whom", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(
            ["pathway_id"],
            ["pathways.id"],
            name=op.f("fk_acute_scenarios_pathway_id_pathways"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_acute_scenarios")),
    )
    with op.batch_alter_table("acute_scenarios", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_acute_scenarios_pathway_id"), ["pathway_id"], unique=False
        )

    op.create_table(
        "advance_care_plans",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("pathway_id", sa.Integer(), nullable=False),
        sa.Column("held_on", sa.Date(), nullable=True),
        sa.Column("participants", sa.Text(), nullable=False),
        sa.Column("what_matters", sa.Text(), nullable=False),
        sa.Column("preferred_place_of_care", sa.String(length=300), nullable=False),
        sa.Column("preferred_place_of_death", sa.String(length=300), nullable=False),
        sa.Column("hospital_admission", sa.String(length=10), nullable=False),
        sa.Column("respirator", sa.String(length=10), nullable=False),
        sa.Column("cpr_status", sa.String(length=10), nullable=False),
        sa.Column("infection_treatment", sa.Text(), nullable=False),
        sa.Column("other_limits", sa.Text(), nullable=False),
        sa.Column("flagged_in_record", sa.Boolean(), nullable=False),
        sa.ForeignKeyConstraint(
            ["pathway_id"],
            ["pathways.id"],
            name=op.f("fk_advance_care_plans_pathway_id_pathways"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_advance_care_plans")),
        sa.UniqueConstraint("pathway_id", name=op.f("uq_advance_care_plans_pathway_id")),
    )
    op.create_table(
        "esas_registrations",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("pathway_id", sa.Integer(), nullable=False),
        sa.Column("at", sa.DateTime(), nullable=False),
        sa.Column("filled_by", sa.String(length=20), nullable=False),
        sa.Column("pain", sa.Integer(), nullable=True),
        sa.Column("tiredness", sa.Integer(), nullable=True),
        sa.Column("drowsiness", sa.Integer(), nullable=True),
        sa.Column("nausea", sa.Integer(), nullable=True),
        sa.Column("appetite", sa.Integer(), nullable=True),
        sa.Column("breathlessness", sa.Integer(), nullable=True),
        sa.Column("depression", sa.Integer(), nullable=True),
        sa.Column("anxiety", sa.Integer(), nullable=True),
        sa.Column("wellbeing", sa.Integer(), nullable=True),
        sa.Column("max_score", sa.Integer(), nullable=True),
        sa.ForeignKeyConstraint(
            ["pathway_id"],
            ["pathways.id"],
            name=op.f("fk_esas_registrations_pathway_id_pathways"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_esas_registrations")),
    )
    with op.batch_alter_table("esas_registrations", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_esas_registrations_at"), ["at"], unique=False)
        batch_op.create_index(
            batch_op.f("ix_esas_registrations_pathway_id"), ["pathway_id"], unique=False
        )

    op.create_table(
        "home_death_checks",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("pathway_id", sa.Integer(), nullable=False),
        sa.Column("key", sa.String(length=100), nullable=False),
        sa.Column("title", sa.String(length=500), nullable=False),
        sa.Column("done", sa.Boolean(), nullable=False),
        sa.Column("done_on", sa.Date(), nullable=True),
        sa.Column("done_by", sa.String(length=200), nullable=False),
        sa.Column("note", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(
            ["pathway_id"],
            ["pathways.id"],
            name=op.f("fk_home_death_checks_pathway_id_pathways"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_home_death_checks")),
    )
    with op.batch_alter_table("home_death_checks", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_home_death_checks_pathway_id"), ["pathway_id"], unique=False
        )

    op.create_table(
        "level_changes",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("pathway_id", sa.Integer(), nullable=False),
        sa.Column("changed_on", sa.Date(), nullable=False),
        sa.Column("from_level", sa.Integer(), nullable=True),
        sa.Column("to_level", sa.Integer(), nullable=False),
        sa.Column("reason", sa.Text(), nullable=False),
        sa.Column("actor", sa.String(length=100), nullable=False),
        sa.ForeignKeyConstraint(
            ["pathway_id"],
            ["pathways.id"],
            name=op.f("fk_level_changes_pathway_id_pathways"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_level_changes")),
    )
    with op.batch_alter_table("level_changes", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_level_changes_pathway_id"), ["pathway_id"], unique=False
        )

    op.create_table(
        "mobid_registrations",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("pathway_id", sa.Integer(), nullable=False),
        sa.Column("at", sa.DateTime(), nullable=False),
        sa.Column("observer", sa.String(length=200), nullable=False),
        sa.Column("overall", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["pathway_id"],
            ["pathways.id"],
            name=op.f("fk_mobid_registrations_pathway_id_pathways"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_mobid_registrations")),
    )
    with op.batch_alter_table("mobid_registrations", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_mobid_registrations_pathway_id"), ["pathway_id"], unique=False
        )

    op.create_table(
        "plan_steps",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("pathway_id", sa.Integer(), nullable=False),
        sa.Column("step", sa.String(length=1), nullable=False),
        sa.Column("applies_when", sa.Text(), nullable=False),
        sa.Column("measures", sa.Text(), nullable=False),
        sa.Column("call_whom", sa.Text(), nullable=False),
        sa.CheckConstraint("step IN ('A', 'B', 'C')", name=op.f("ck_plan_steps_step")),
        sa.ForeignKeyConstraint(
            ["pathway_id"],
            ["pathways.id"],
            name=op.f("fk_plan_steps_pathway_id_pathways"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_plan_steps")),
    )
    with op.batch_alter_table("plan_steps", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_plan_steps_pathway_id"), ["pathway_id"], unique=False)

    op.create_table(
        "stop_points",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("pathway_id", sa.Integer(), nullable=False),
        sa.Column("due_on", sa.Date(), nullable=False),
        sa.Column("evaluated_on", sa.Date(), nullable=True),
        sa.Column("outcome", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(
            ["pathway_id"],
            ["pathways.id"],
            name=op.f("fk_stop_points_pathway_id_pathways"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_stop_points")),
    )
    with op.batch_alter_table("stop_points", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_stop_points_pathway_id"), ["pathway_id"], unique=False)

    op.create_table(
        "team_members",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("pathway_id", sa.Integer(), nullable=False),
        sa.Column("sort", sa.Integer(), nullable=False),
        sa.Column("role", sa.String(length=30), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("contact", sa.String(length=200), nullable=False),
        sa.Column("unit_id", sa.Integer(), nullable=True),
        sa.ForeignKeyConstraint(
            ["pathway_id"],
            ["pathways.id"],
            name=op.f("fk_team_members_pathway_id_pathways"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["unit_id"],
            ["units.id"],
            name=op.f("fk_team_members_unit_id_units"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_team_members")),
    )
    with op.batch_alter_table("team_members", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_team_members_pathway_id"), ["pathway_id"], unique=False
        )

    op.create_table(
        "esas_others",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("registration_id", sa.Integer(), nullable=False),
        sa.Column("sort", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("score", sa.Integer(), nullable=True),
        sa.ForeignKeyConstraint(
            ["registration_id"],
            ["esas_registrations.id"],
            name=op.f("fk_esas_others_registration_id_esas_registrations"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_esas_others")),
    )
    with op.batch_alter_table("esas_others", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_esas_others_registration_id"), ["registration_id"], unique=False
        )

    op.create_table(
        "medication_lines",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("plan_step_id", sa.Integer(), nullable=False),
        sa.Column("sort", sa.Integer(), nullable=False),
        sa.Column("drug", sa.String(length=200), nullable=False),
        sa.Column("dose", sa.String(length=100), nullable=False),
        sa.Column("route", sa.String(length=100), nullable=False),
        sa.Column("interval", sa.String(length=100), nullable=False),
        sa.Column("max_per_day", sa.String(length=100), nullable=False),
        sa.ForeignKeyConstraint(
            ["plan_step_id"],
            ["plan_steps.id"],
            name=op.f("fk_medication_lines_plan_step_id_plan_steps"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_medication_lines")),
    )
    with op.batch_alter_table("medication_lines", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_medication_lines_plan_step_id"), ["plan_step_id"], unique=False
        )

    op.create_table(
        "mobid_scores",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("registration_id", sa.Integer(), nullable=False),
        sa.Column("item", sa.String(length=50), nullable=False),
        sa.Column("sound", sa.Boolean(), nullable=False),
        sa.Column("face", sa.Boolean(), nullable=False),
        sa.Column("defence", sa.Boolean(), nullable=False),
        sa.Column("intensity", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["registration_id"],
            ["mobid_registrations.id"],
            name=op.f("fk_mobid_scores_registration_id_mobid_registrations"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_mobid_scores")),
    )
    with op.batch_alter_table("mobid_scores", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_mobid_scores_registration_id"), ["registration_id"], unique=False
        )


def downgrade() -> None:
    """Downgrade schema."""
    with op.batch_alter_table("mobid_scores", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_mobid_scores_registration_id"))

    op.drop_table("mobid_scores")
    with op.batch_alter_table("medication_lines", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_medication_lines_plan_step_id"))

    op.drop_table("medication_lines")
    with op.batch_alter_table("esas_others", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_esas_others_registration_id"))

    op.drop_table("esas_others")
    with op.batch_alter_table("team_members", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_team_members_pathway_id"))

    op.drop_table("team_members")
    with op.batch_alter_table("stop_points", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_stop_points_pathway_id"))

    op.drop_table("stop_points")
    with op.batch_alter_table("plan_steps", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_plan_steps_pathway_id"))

    op.drop_table("plan_steps")
    with op.batch_alter_table("mobid_registrations", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_mobid_registrations_pathway_id"))

    op.drop_table("mobid_registrations")
    with op.batch_alter_table("level_changes", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_level_changes_pathway_id"))

    op.drop_table("level_changes")
    with op.batch_alter_table("home_death_checks", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_home_death_checks_pathway_id"))

    op.drop_table("home_death_checks")
    with op.batch_alter_table("esas_registrations", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_esas_registrations_pathway_id"))
        batch_op.drop_index(batch_op.f("ix_esas_registrations_at"))

    op.drop_table("esas_registrations")
    op.drop_table("advance_care_plans")
    with op.batch_alter_table("acute_scenarios", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_acute_scenarios_pathway_id"))

    op.drop_table("acute_scenarios")
    with op.batch_alter_table("activity_items", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_activity_items_pathway_id"))

    op.drop_table("activity_items")
    with op.batch_alter_table("pathways", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_pathways_status"))
        batch_op.drop_index(batch_op.f("ix_pathways_level"))

    op.drop_table("pathways")
    with op.batch_alter_table("patients", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_patients_unit_id"))

    op.drop_table("patients")
    with op.batch_alter_table("access_log", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_access_log_patient_id"))

    op.drop_table("access_log")
