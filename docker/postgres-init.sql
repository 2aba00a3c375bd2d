-- One database per service (no service reads another's).
CREATE DATABASE ndip_attraction;
CREATE DATABASE ndip_implementation;
CREATE DATABASE ndip_post_investment;
CREATE DATABASE ndip_reporting;
CREATE DATABASE ndip_gateway;
