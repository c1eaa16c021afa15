"""initial head-office schema

Revision ID: 0001
Revises:
Create Date: 2026-11-22
"""
from __future__ import annotations

import sqlalchemy as sa
from alembic import op
from sqlalchemy.dialects import postgresql

# The same column types as dealer_app.headoffice.models, spelled out so this revision never
# changes when the models do.
JSON_TYPE = sa.JSON().with_variant(postgresql.JSONB(astext_type=sa.Text()), "postgresql")
BIG_ID = sa.BigInteger().with_variant(sa.Integer(), "sqlite")
UUID_STR = sa.String(length=36).with_variant(sa.String(length=36, collation="C"), "postgresql")

revision = '0001'
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('audit_log',
    sa.Column('id', BIG_ID, autoincrement=True, nullable=False),
    sa.Column('at', sa.DateTime(), nullable=False),
    sa.Column('actor', sa.String(length=100), nullable=False),
    sa.Column('action', sa.String(length=64), nullable=False),
    sa.Column('entity', sa.String(length=32), nullable=False),
    sa.Column('entity_id', sa.String(length=64), nullable=False),
    sa.Column('details', JSON_TYPE, nullable=False),
    sa.PrimaryKeyConstraint('id')
    )
    op.create_index('ix_audit_entity', 'audit_log', ['entity', 'entity_id'])

    op.create_table('branches',
    sa.Column('id', sa.Integer(), autoincrement=True, nullable=False),
    sa.Column('code', sa.String(length=32), nullable=False),
    sa.Column('name', sa.String(length=200), nullable=False),
    sa.Column('region', sa.String(length=100), nullable=True),
    sa.Column('key_hash', sa.String(length=64), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('rotated_at', sa.DateTime(), nullable=True),
    sa.Column('revoked_at', sa.DateTime(), nullable=True),
    sa.Column('last_sync_at', sa.DateTime(), nullable=True),
    sa.Column('last_error', sa.Text(), nullable=True),
    sa.PrimaryKeyConstraint('id'),
    sa.UniqueConstraint('code')
    )
    op.create_table('members',
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('member_number', sa.String(length=32), nullable=False),
    sa.Column('country', sa.String(length=2), nullable=False),
    sa.Column('national_id', sa.String(length=32), nullable=False),
    sa.Column('full_name', sa.String(length=200), nullable=False),
    sa.Column('phone', sa.String(length=32), nullable=False),
    sa.Column('email', sa.String(length=200), nullable=True),
    sa.Column('birth_date', sa.Date(), nullable=True),
    sa.Column('address', sa.Text(), nullable=True),
    sa.Column('joined_on', sa.Date(), nullable=False),
    sa.Column('join_method', sa.String(length=32), nullable=False),
    sa.Column('profile_complete', sa.Boolean(), nullable=False),
    sa.Column('valid_until', sa.Date(), nullable=True),
    sa.Column('status', sa.String(length=16), nullable=False),
    sa.Column('field_stamps', JSON_TYPE, nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.PrimaryKeyConstraint('id'),
    sa.UniqueConstraint('country', 'national_id', name='uq_members_country_national_id')
    )
    op.create_table('profile_versions',
    sa.Column('id', sa.Integer(), autoincrement=True, nullable=False),
    sa.Column('code', sa.String(length=64), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('toml', sa.Text(), nullable=False),
    sa.Column('published_at', sa.DateTime(), nullable=False),
    sa.Column('published_by', sa.String(length=100), nullable=False),
    sa.PrimaryKeyConstraint('id'),
    sa.UniqueConstraint('code', 'version', name='uq_profile_code_version')
    )
    op.create_table('feed',
    sa.Column('seq', BIG_ID, autoincrement=True, nullable=False),
    sa.Column('branch_id', sa.Integer(), nullable=True),
    sa.Column('kind', sa.String(length=32), nullable=False),
    sa.Column('payload', JSON_TYPE, nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.ForeignKeyConstraint(['branch_id'], ['branches.id'], ),
    sa.PrimaryKeyConstraint('seq')
    )
    op.create_index('ix_feed_branch_seq', 'feed', ['branch_id', 'seq'])

    op.create_table('member_links',
    sa.Column('id', BIG_ID, autoincrement=True, nullable=False),
    sa.Column('branch_id', sa.Integer(), nullable=False),
    sa.Column('branch_member_id', sa.String(length=36), nullable=False),
    sa.Column('member_id', sa.String(length=36), nullable=False),
    sa.Column('member_number', sa.String(length=32), nullable=False),
    sa.Column('joined_on', sa.Date(), nullable=False),
    sa.Column('valid_until', sa.Date(), nullable=True),
    sa.Column('status', sa.String(length=16), nullable=False),
    sa.Column('withdrawn_on', sa.Date(), nullable=True),
    sa.Column('refund', sa.Boolean(), nullable=True),
    sa.Column('notified_canonical_id', sa.String(length=36), nullable=True),
    sa.Column('linked_at', sa.DateTime(), nullable=False),
    sa.ForeignKeyConstraint(['branch_id'], ['branches.id'], ),
    sa.ForeignKeyConstraint(['member_id'], ['members.id'], ),
    sa.PrimaryKeyConstraint('id'),
    sa.UniqueConstraint('branch_id', 'branch_member_id', name='uq_links_branch_member')
    )
    op.create_index('ix_member_links_member_id', 'member_links', ['member_id'])

    op.create_table('nonces',
    sa.Column('id', BIG_ID, autoincrement=True, nullable=False),
    sa.Column('branch_id', sa.Integer(), nullable=False),
    sa.Column('nonce', sa.String(length=64), nullable=False),
    sa.Column('seen_at', sa.DateTime(), nullable=False),
    sa.ForeignKeyConstraint(['branch_id'], ['branches.id'], ),
    sa.PrimaryKeyConstraint('id'),
    sa.UniqueConstraint('branch_id', 'nonce', name='uq_nonces_branch_nonce')
    )
    op.create_index('ix_nonces_seen_at', 'nonces', ['seen_at'])

    op.create_table('received_entries',
    sa.Column('seq', BIG_ID, autoincrement=True, nullable=False),
    sa.Column('branch_id', sa.Integer(), nullable=False),
    sa.Column('entry_uuid', UUID_STR, nullable=False),
    sa.Column('type', sa.String(length=64), nullable=False),
    sa.Column('schema_version', sa.Integer(), nullable=False),
    sa.Column('payload', JSON_TYPE, nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('received_at', sa.DateTime(), nullable=False),
    sa.Column('status', sa.String(length=24), nullable=False),
    sa.Column('error', sa.Text(), nullable=True),
    sa.Column('applied_at', sa.DateTime(), nullable=True),
    sa.ForeignKeyConstraint(['branch_id'], ['branches.id'], ),
    sa.PrimaryKeyConstraint('seq'),
    sa.UniqueConstraint('branch_id', 'entry_uuid', name='uq_received_branch_entry')
    )
    op.create_index('ix_received_branch_status', 'received_entries', ['branch_id', 'status', 'seq'])

    op.create_table('cards',
    sa.Column('id', BIG_ID, autoincrement=True, nullable=False),
    sa.Column('branch_id', sa.Integer(), nullable=False),
    sa.Column('card_number', sa.String(length=24), nullable=False),
    sa.Column('branch_vehicle_id', sa.String(length=36), nullable=False),
    sa.Column('link_id', BIG_ID, nullable=False),
    sa.Column('status', sa.String(length=12), nullable=False),
    sa.Column('replaces', sa.String(length=24), nullable=True),
    sa.Column('replaced_by', sa.String(length=24), nullable=True),
    sa.Column('issued_at', sa.DateTime(), nullable=False),
    sa.ForeignKeyConstraint(['branch_id'], ['branches.id'], ),
    sa.ForeignKeyConstraint(['link_id'], ['member_links.id'], ),
    sa.PrimaryKeyConstraint('id'),
    sa.UniqueConstraint('branch_id', 'card_number', name='uq_cards_branch_card')
    )
    op.create_index('ix_cards_link_id', 'cards', ['link_id'])

    op.create_table('requests',
    sa.Column('id', UUID_STR, nullable=False),
    sa.Column('branch_id', sa.Integer(), nullable=False),
    sa.Column('link_id', BIG_ID, nullable=False),
    sa.Column('branch_vehicle_id', sa.String(length=36), nullable=True),
    sa.Column('type', sa.String(length=32), nullable=False),
    sa.Column('fields', JSON_TYPE, nullable=False),
    sa.Column('tier_at_capture', sa.String(length=16), nullable=True),
    sa.Column('points_at_capture', sa.Integer(), nullable=False),
    sa.Column('captured_at', sa.DateTime(), nullable=False),
    sa.Column('captured_by', sa.String(length=64), nullable=False),
    sa.Column('due_at', sa.DateTime(), nullable=True),
    sa.Column('received_at', sa.DateTime(), nullable=False),
    sa.Column('status', sa.String(length=16), nullable=False),
    sa.Column('decision', sa.String(length=16), nullable=True),
    sa.Column('note', sa.Text(), nullable=True),
    sa.Column('decided_by', sa.String(length=100), nullable=True),
    sa.Column('decided_at', sa.DateTime(), nullable=True),
    sa.Column('tier_at_decision', sa.String(length=16), nullable=True),
    sa.Column('customer_informed_at', sa.DateTime(), nullable=True),
    sa.Column('customer_informed_by', sa.String(length=100), nullable=True),
    sa.Column('customer_informed_note', sa.Text(), nullable=True),
    sa.ForeignKeyConstraint(['branch_id'], ['branches.id'], ),
    sa.ForeignKeyConstraint(['link_id'], ['member_links.id'], ),
    sa.PrimaryKeyConstraint('id')
    )
    op.create_index('ix_requests_branch_id', 'requests', ['branch_id'])
    op.create_index('ix_requests_link_id', 'requests', ['link_id'])
    op.create_index('ix_requests_status', 'requests', ['status'])

    op.create_table('vehicles',
    sa.Column('id', BIG_ID, autoincrement=True, nullable=False),
    sa.Column('branch_id', sa.Integer(), nullable=False),
    sa.Column('branch_vehicle_id', sa.String(length=36), nullable=False),
    sa.Column('link_id', BIG_ID, nullable=False),
    sa.Column('plate_key', sa.String(length=32), nullable=False),
    sa.Column('vin', sa.String(length=17), nullable=True),
    sa.Column('model', sa.String(length=100), nullable=False),
    sa.Column('purchased_on', sa.Date(), nullable=False),
    sa.Column('source', sa.String(length=8), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.ForeignKeyConstraint(['branch_id'], ['branches.id'], ),
    sa.ForeignKeyConstraint(['link_id'], ['member_links.id'], ),
    sa.PrimaryKeyConstraint('id'),
    sa.UniqueConstraint('branch_id', 'branch_vehicle_id', name='uq_vehicles_branch_vehicle')
    )
    op.create_index('ix_vehicles_link_id', 'vehicles', ['link_id'])
    op.create_index('ix_vehicles_plate_key', 'vehicles', ['plate_key'])
    op.create_index('ix_vehicles_vin', 'vehicles', ['vin'])



def downgrade() -> None:
    op.drop_index('ix_vehicles_vin', table_name='vehicles')
    op.drop_index('ix_vehicles_plate_key', table_name='vehicles')
    op.drop_index('ix_vehicles_link_id', table_name='vehicles')

    op.drop_table('vehicles')
    op.drop_index('ix_requests_status', table_name='requests')
    op.drop_index('ix_requests_link_id', table_name='requests')
    op.drop_index('ix_requests_branch_id', table_name='requests')

    op.drop_table('requests')
    op.drop_index('ix_cards_link_id', table_name='cards')

    op.drop_table('cards')
    op.drop_index('ix_received_branch_status', table_name='received_entries')

    op.drop_table('received_entries')
    op.drop_index('ix_nonces_seen_at', table_name='nonces')

    op.drop_table('nonces')
    op.drop_index('ix_member_links_member_id', table_name='member_links')

    op.drop_table('member_links')
    op.drop_index('ix_feed_branch_seq', table_name='feed')

    op.drop_table('feed')
    op.drop_table('profile_versions')
    op.drop_table('members')
    op.drop_table('branches')
    op.drop_index('ix_audit_entity', table_name='audit_log')

    op.drop_table('audit_log')
