-- The default SIPAS survey definition (bộ câu hỏi mặc định), shipped as data: the five elements of the
-- 2017–2020 method (QĐ 2640/QĐ-BNV; METHODOLOGY.md C.3) with the questions of the local questionnaires on the
-- 5-level scale (Rất không hài lòng … Rất hài lòng), for administrative procedures at the one-stop shop.
-- Supervisors and admins add sector definitions (health, education…) through POST /api/v1/sipas/surveys.
insert into sipas_survey (id, code, name_vi, sector, description, owner_unit_code, version, created_at, created_by)
values (nextval('sipas_survey_seq'), 'SIPAS-TTHC',
        'Phiếu khảo sát sự hài lòng của người dân, tổ chức đối với sự phục vụ của cơ quan hành chính nhà nước (giải quyết thủ tục hành chính)',
        'PROCEDURES',
        'Năm yếu tố theo phương pháp đo lường giai đoạn 2017–2020 (QĐ 2640/QĐ-BNV): tiếp cận dịch vụ; thủ tục hành chính; công chức trực tiếp giải quyết công việc; kết quả dịch vụ; việc tiếp nhận, giải quyết góp ý, phản ánh, kiến nghị. Thang 5 mức: Rất không hài lòng, Không hài lòng, Bình thường, Hài lòng, Rất hài lòng.',
        null, 0, now(), 'flyway');

insert into sipas_element (id, survey_id, position, code, name_vi)
values (nextval('sipas_element_seq'), (select id from sipas_survey where code = 'SIPAS-TTHC'), 1, 'ACCESS', 'Tiếp cận dịch vụ');
insert into sipas_question (id, element_id, survey_id, position, code, text_vi)
values (nextval('sipas_question_seq'), (select e.id from sipas_element e join sipas_survey s on s.id = e.survey_id where s.code = 'SIPAS-TTHC' and e.code = 'ACCESS'),
        (select id from sipas_survey where code = 'SIPAS-TTHC'), 1, 'ACCESS_1', 'Nơi ngồi chờ tại Bộ phận Một cửa có đủ chỗ ngồi');
insert into sipas_question (id, element_id, survey_id, position, code, text_vi)
values (nextval('sipas_question_seq'), (select e.id from sipas_element e join sipas_survey s on s.id = e.survey_id where s.code = 'SIPAS-TTHC' and e.code = 'ACCESS'),
        (select id from sipas_survey where code = 'SIPAS-TTHC'), 2, 'ACCESS_2', 'Trang thiết bị phục vụ người dân, tổ chức tại Bộ phận Một cửa đầy đủ');
insert into sipas_question (id, element_id, survey_id, position, code, text_vi)
values (nextval('sipas_question_seq'), (select e.id from sipas_element e join sipas_survey s on s.id = e.survey_id where s.code = 'SIPAS-TTHC' and e.code = 'ACCESS'),
        (select id from sipas_survey where code = 'SIPAS-TTHC'), 3, 'ACCESS_3', 'Trang thiết bị tại Bộ phận Một cửa hiện đại, dễ sử dụng');
insert into sipas_element (id, survey_id, position, code, name_vi)
values (nextval('sipas_element_seq'), (select id from sipas_survey where code = 'SIPAS-TTHC'), 2, 'PROCEDURES', 'Thủ tục hành chính');
insert into sipas_question (id, element_id, survey_id, position, code, text_vi)
values (nextval('sipas_question_seq'), (select e.id from sipas_element e join sipas_survey s on s.id = e.survey_id where s.code = 'SIPAS-TTHC' and e.code = 'PROCEDURES'),
        (select id from sipas_survey where code = 'SIPAS-TTHC'), 1, 'PROC_1', 'Thủ tục hành chính được niêm yết công khai đầy đủ');
insert into sipas_question (id, element_id, survey_id, position, code, text_vi)
values (nextval('sipas_question_seq'), (select e.id from sipas_element e join sipas_survey s on s.id = e.survey_id where s.code = 'SIPAS-TTHC' and e.code = 'PROCEDURES'),
        (select id from sipas_survey where code = 'SIPAS-TTHC'), 2, 'PROC_2', 'Thành phần hồ sơ phải nộp là đúng quy định');
insert into sipas_question (id, element_id, survey_id, position, code, text_vi)
values (nextval('sipas_question_seq'), (select e.id from sipas_element e join sipas_survey s on s.id = e.survey_id where s.code = 'SIPAS-TTHC' and e.code = 'PROCEDURES'),
        (select id from sipas_survey where code = 'SIPAS-TTHC'), 3, 'PROC_3', 'Phí, lệ phí phải nộp là đúng quy định');
insert into sipas_question (id, element_id, survey_id, position, code, text_vi)
values (nextval('sipas_question_seq'), (select e.id from sipas_element e join sipas_survey s on s.id = e.survey_id where s.code = 'SIPAS-TTHC' and e.code = 'PROCEDURES'),
        (select id from sipas_survey where code = 'SIPAS-TTHC'), 4, 'PROC_4', 'Thời hạn giải quyết ghi trên giấy tiếp nhận hồ sơ và hẹn trả kết quả là đúng quy định');
insert into sipas_element (id, survey_id, position, code, name_vi)
values (nextval('sipas_element_seq'), (select id from sipas_survey where code = 'SIPAS-TTHC'), 3, 'OFFICIALS', 'Công chức trực tiếp giải quyết công việc');
insert into sipas_question (id, element_id, survey_id, position, code, text_vi)
values (nextval('sipas_question_seq'), (select e.id from sipas_element e join sipas_survey s on s.id = e.survey_id where s.code = 'SIPAS-TTHC' and e.code = 'OFFICIALS'),
        (select id from sipas_survey where code = 'SIPAS-TTHC'), 1, 'OFF_1', 'Công chức có thái độ giao tiếp lịch sự');
insert into sipas_question (id, element_id, survey_id, position, code, text_vi)
values (nextval('sipas_question_seq'), (select e.id from sipas_element e join sipas_survey s on s.id = e.survey_id where s.code = 'SIPAS-TTHC' and e.code = 'OFFICIALS'),
        (select id from sipas_survey where code = 'SIPAS-TTHC'), 2, 'OFF_2', 'Công chức chú ý lắng nghe ý kiến của người dân, tổ chức');
insert into sipas_question (id, element_id, survey_id, position, code, text_vi)
values (nextval('sipas_question_seq'), (select e.id from sipas_element e join sipas_survey s on s.id = e.survey_id where s.code = 'SIPAS-TTHC' and e.code = 'OFFICIALS'),
        (select id from sipas_survey where code = 'SIPAS-TTHC'), 3, 'OFF_3', 'Công chức trả lời, giải thích đầy đủ các ý kiến của người dân, tổ chức');
insert into sipas_question (id, element_id, survey_id, position, code, text_vi)
values (nextval('sipas_question_seq'), (select e.id from sipas_element e join sipas_survey s on s.id = e.survey_id where s.code = 'SIPAS-TTHC' and e.code = 'OFFICIALS'),
        (select id from sipas_survey where code = 'SIPAS-TTHC'), 4, 'OFF_4', 'Công chức hướng dẫn kê khai hồ sơ tận tình, chu đáo, dễ hiểu');
insert into sipas_question (id, element_id, survey_id, position, code, text_vi)
values (nextval('sipas_question_seq'), (select e.id from sipas_element e join sipas_survey s on s.id = e.survey_id where s.code = 'SIPAS-TTHC' and e.code = 'OFFICIALS'),
        (select id from sipas_survey where code = 'SIPAS-TTHC'), 5, 'OFF_5', 'Công chức tuân thủ đúng quy định trong giải quyết công việc');
insert into sipas_element (id, survey_id, position, code, name_vi)
values (nextval('sipas_element_seq'), (select id from sipas_survey where code = 'SIPAS-TTHC'), 4, 'RESULTS', 'Kết quả dịch vụ');
insert into sipas_question (id, element_id, survey_id, position, code, text_vi)
values (nextval('sipas_question_seq'), (select e.id from sipas_element e join sipas_survey s on s.id = e.survey_id where s.code = 'SIPAS-TTHC' and e.code = 'RESULTS'),
        (select id from sipas_survey where code = 'SIPAS-TTHC'), 1, 'RES_1', 'Kết quả giải quyết đúng quy định');
insert into sipas_question (id, element_id, survey_id, position, code, text_vi)
values (nextval('sipas_question_seq'), (select e.id from sipas_element e join sipas_survey s on s.id = e.survey_id where s.code = 'SIPAS-TTHC' and e.code = 'RESULTS'),
        (select id from sipas_survey where code = 'SIPAS-TTHC'), 2, 'RES_2', 'Kết quả có thông tin đầy đủ, chính xác');
insert into sipas_question (id, element_id, survey_id, position, code, text_vi)
values (nextval('sipas_question_seq'), (select e.id from sipas_element e join sipas_survey s on s.id = e.survey_id where s.code = 'SIPAS-TTHC' and e.code = 'RESULTS'),
        (select id from sipas_survey where code = 'SIPAS-TTHC'), 3, 'RES_3', 'Nhận được kết quả đúng hạn');
insert into sipas_element (id, survey_id, position, code, name_vi)
values (nextval('sipas_element_seq'), (select id from sipas_survey where code = 'SIPAS-TTHC'), 5, 'FEEDBACK', 'Việc tiếp nhận, giải quyết góp ý, phản ánh, kiến nghị');
insert into sipas_question (id, element_id, survey_id, position, code, text_vi)
values (nextval('sipas_question_seq'), (select e.id from sipas_element e join sipas_survey s on s.id = e.survey_id where s.code = 'SIPAS-TTHC' and e.code = 'FEEDBACK'),
        (select id from sipas_survey where code = 'SIPAS-TTHC'), 1, 'FB_1', 'Cơ quan có bố trí hình thức tiếp nhận góp ý, phản ánh, kiến nghị');
insert into sipas_question (id, element_id, survey_id, position, code, text_vi)
values (nextval('sipas_question_seq'), (select e.id from sipas_element e join sipas_survey s on s.id = e.survey_id where s.code = 'SIPAS-TTHC' and e.code = 'FEEDBACK'),
        (select id from sipas_survey where code = 'SIPAS-TTHC'), 2, 'FB_2', 'Người dân, tổ chức dễ dàng thực hiện góp ý, phản ánh, kiến nghị');
insert into sipas_question (id, element_id, survey_id, position, code, text_vi)
values (nextval('sipas_question_seq'), (select e.id from sipas_element e join sipas_survey s on s.id = e.survey_id where s.code = 'SIPAS-TTHC' and e.code = 'FEEDBACK'),
        (select id from sipas_survey where code = 'SIPAS-TTHC'), 3, 'FB_3', 'Cơ quan tiếp nhận, xử lý tích cực các góp ý, phản ánh, kiến nghị');
insert into sipas_question (id, element_id, survey_id, position, code, text_vi)
values (nextval('sipas_question_seq'), (select e.id from sipas_element e join sipas_survey s on s.id = e.survey_id where s.code = 'SIPAS-TTHC' and e.code = 'FEEDBACK'),
        (select id from sipas_survey where code = 'SIPAS-TTHC'), 4, 'FB_4', 'Cơ quan phản hồi kịp thời các góp ý, phản ánh, kiến nghị');
