-- The Ministry of Home Affairs' province-level PAR INDEX, 2024 edition, as far as public facts go
-- (METHODOLOGY.md C.1): 8 areas, 100 points = 68 results + 32 sociological survey, bands A >= 90 and
-- B 80-<90. Every value that is not a published fact carries "assumption": true and a note; the 38
-- criteria and 88 sub-criteria are not public, so each area holds two aggregate leaves (results,
-- survey) with assumed points. Checked by FrameworkValidatorTest (valid, 68 + 32, every area flagged).
insert into par_framework (id, issuer, year, last_year, block, edition, title, max_points, document,
                           version, created_at, created_by, updated_at, updated_by)
values (nextval('par_framework_seq'), 'BNV', 2024, null, 'PROVINCE', 1,
        'Chỉ số cải cách hành chính của UBND các tỉnh, thành phố trực thuộc Trung ương (cấp tỉnh), năm 2024',
        100, $doc$
{
 "issuer": "BNV",
 "year": 2024,
 "block": "PROVINCE",
 "title": "Chỉ số cải cách hành chính của UBND các tỉnh, thành phố trực thuộc Trung ương (cấp tỉnh), năm 2024",
 "decision": "QĐ 876/QĐ-BNV ngày 10/11/2022 (Đề án xác định Chỉ số CCHC giai đoạn 2022–2030); cấu trúc năm 2024 theo công bố ngày 6/4/2025",
 "maxPoints": 100,
 "bands": [
  {
   "code": "A",
   "minPercent": 90,
   "name": "Nhóm A (từ 90% trở lên)"
  },
  {
   "code": "B",
   "minPercent": 80,
   "name": "Nhóm B (từ 80% đến dưới 90%)"
  },
  {
   "code": "C",
   "minPercent": 0,
   "name": "Dưới 80% (giả định: tên nhóm dưới 80% không tìm thấy)"
  }
 ],
 "areas": [
  {
   "code": "1",
   "name": "Công tác chỉ đạo, điều hành cải cách hành chính",
   "maxPoints": 11,
   "assumption": true,
   "note": "Tên lĩnh vực: nhớ lại, chưa đối chiếu văn bản gốc (METHODOLOGY.md C.1: 'Unverified recollection; confirm before use'). Điểm tối đa của lĩnh vực: giả định (không tìm thấy phân bổ điểm theo lĩnh vực); chỉ tổng 68 + 32 = 100 là công bố.",
   "children": [
    {
     "code": "1.1",
     "name": "Kết quả thực hiện các tiêu chí, tiêu chí thành phần của lĩnh vực (tự đánh giá, thẩm định)",
     "maxPoints": 7,
     "rule": {
      "type": "MANUAL",
      "description": "Tổng điểm các tiêu chí thành phần của lĩnh vực theo hướng dẫn chấm điểm của Bộ Nội vụ"
     },
     "evidence": "Tài liệu kiểm chứng theo hướng dẫn của Bộ Nội vụ cho từng tiêu chí thành phần",
     "assumption": true,
     "note": "Nút gộp thay cho các tiêu chí, tiêu chí thành phần của lĩnh vực (38 tiêu chí, 88 tiêu chí thành phần trên toàn bộ chỉ số — chưa có văn bản công khai liệt kê); điểm tối đa giả định, tổng 8 lĩnh vực = 68 điểm kết quả (công bố)."
    },
    {
     "code": "1.2",
     "name": "Đánh giá qua điều tra xã hội học",
     "maxPoints": 4,
     "rule": {
      "type": "SURVEY",
      "description": "Điểm từ điều tra xã hội học do Bộ Nội vụ tổ chức"
     },
     "assumption": true,
     "note": "Phân bổ đều 32 điểm điều tra xã hội học (công bố) cho 8 lĩnh vực: giả định."
    }
   ]
  },
  {
   "code": "2",
   "name": "Cải cách thể chế",
   "maxPoints": 12,
   "assumption": true,
   "note": "Tên lĩnh vực: nhớ lại, chưa đối chiếu văn bản gốc (METHODOLOGY.md C.1: 'Unverified recollection; confirm before use'). Điểm tối đa của lĩnh vực: giả định (không tìm thấy phân bổ điểm theo lĩnh vực); chỉ tổng 68 + 32 = 100 là công bố.",
   "children": [
    {
     "code": "2.1",
     "name": "Kết quả thực hiện các tiêu chí, tiêu chí thành phần của lĩnh vực (tự đánh giá, thẩm định)",
     "maxPoints": 8,
     "rule": {
      "type": "MANUAL",
      "description": "Tổng điểm các tiêu chí thành phần của lĩnh vực theo hướng dẫn chấm điểm của Bộ Nội vụ"
     },
     "evidence": "Tài liệu kiểm chứng theo hướng dẫn của Bộ Nội vụ cho từng tiêu chí thành phần",
     "assumption": true,
     "note": "Nút gộp thay cho các tiêu chí, tiêu chí thành phần của lĩnh vực (38 tiêu chí, 88 tiêu chí thành phần trên toàn bộ chỉ số — chưa có văn bản công khai liệt kê); điểm tối đa giả định, tổng 8 lĩnh vực = 68 điểm kết quả (công bố)."
    },
    {
     "code": "2.2",
     "name": "Đánh giá qua điều tra xã hội học",
     "maxPoints": 4,
     "rule": {
      "type": "SURVEY",
      "description": "Điểm từ điều tra xã hội học do Bộ Nội vụ tổ chức"
     },
     "assumption": true,
     "note": "Phân bổ đều 32 điểm điều tra xã hội học (công bố) cho 8 lĩnh vực: giả định."
    }
   ]
  },
  {
   "code": "3",
   "name": "Cải cách thủ tục hành chính",
   "maxPoints": 13,
   "assumption": true,
   "note": "Tên lĩnh vực: nhớ lại, chưa đối chiếu văn bản gốc (METHODOLOGY.md C.1: 'Unverified recollection; confirm before use'). Điểm tối đa của lĩnh vực: giả định (không tìm thấy phân bổ điểm theo lĩnh vực); chỉ tổng 68 + 32 = 100 là công bố.",
   "children": [
    {
     "code": "3.1",
     "name": "Kết quả thực hiện các tiêu chí, tiêu chí thành phần của lĩnh vực (tự đánh giá, thẩm định)",
     "maxPoints": 9,
     "rule": {
      "type": "MANUAL",
      "description": "Tổng điểm các tiêu chí thành phần của lĩnh vực theo hướng dẫn chấm điểm của Bộ Nội vụ"
     },
     "evidence": "Tài liệu kiểm chứng theo hướng dẫn của Bộ Nội vụ cho từng tiêu chí thành phần",
     "assumption": true,
     "note": "Nút gộp thay cho các tiêu chí, tiêu chí thành phần của lĩnh vực (38 tiêu chí, 88 tiêu chí thành phần trên toàn bộ chỉ số — chưa có văn bản công khai liệt kê); điểm tối đa giả định, tổng 8 lĩnh vực = 68 điểm kết quả (công bố)."
    },
    {
     "code": "3.2",
     "name": "Đánh giá qua điều tra xã hội học",
     "maxPoints": 4,
     "rule": {
      "type": "SURVEY",
      "description": "Điểm từ điều tra xã hội học do Bộ Nội vụ tổ chức"
     },
     "assumption": true,
     "note": "Phân bổ đều 32 điểm điều tra xã hội học (công bố) cho 8 lĩnh vực: giả định."
    }
   ]
  },
  {
   "code": "4",
   "name": "Cải cách tổ chức bộ máy hành chính nhà nước",
   "maxPoints": 11,
   "assumption": true,
   "note": "Tên lĩnh vực: nhớ lại, chưa đối chiếu văn bản gốc (METHODOLOGY.md C.1: 'Unverified recollection; confirm before use'). Điểm tối đa của lĩnh vực: giả định (không tìm thấy phân bổ điểm theo lĩnh vực); chỉ tổng 68 + 32 = 100 là công bố.",
   "children": [
    {
     "code": "4.1",
     "name": "Kết quả thực hiện các tiêu chí, tiêu chí thành phần của lĩnh vực (tự đánh giá, thẩm định)",
     "maxPoints": 7,
     "rule": {
      "type": "MANUAL",
      "description": "Tổng điểm các tiêu chí thành phần của lĩnh vực theo hướng dẫn chấm điểm của Bộ Nội vụ"
     },
     "evidence": "Tài liệu kiểm chứng theo hướng dẫn của Bộ Nội vụ cho từng tiêu chí thành phần",
     "assumption": true,
     "note": "Nút gộp thay cho các tiêu chí, tiêu chí thành phần của lĩnh vực (38 tiêu chí, 88 tiêu chí thành phần trên toàn bộ chỉ số — chưa có văn bản công khai liệt kê); điểm tối đa giả định, tổng 8 lĩnh vực = 68 điểm kết quả (công bố)."
    },
    {
     "code": "4.2",
     "name": "Đánh giá qua điều tra xã hội học",
     "maxPoints": 4,
     "rule": {
      "type": "SURVEY",
      "description": "Điểm từ điều tra xã hội học do Bộ Nội vụ tổ chức"
     },
     "assumption": true,
     "note": "Phân bổ đều 32 điểm điều tra xã hội học (công bố) cho 8 lĩnh vực: giả định."
    }
   ]
  },
  {
   "code": "5",
   "name": "Cải cách chế độ công vụ",
   "maxPoints": 13,
   "assumption": true,
   "note": "Tên lĩnh vực: nhớ lại, chưa đối chiếu văn bản gốc (METHODOLOGY.md C.1: 'Unverified recollection; confirm before use'). Điểm tối đa của lĩnh vực: giả định (không tìm thấy phân bổ điểm theo lĩnh vực); chỉ tổng 68 + 32 = 100 là công bố.",
   "children": [
    {
     "code": "5.1",
     "name": "Kết quả thực hiện các tiêu chí, tiêu chí thành phần của lĩnh vực (tự đánh giá, thẩm định)",
     "maxPoints": 9,
     "rule": {
      "type": "MANUAL",
      "description": "Tổng điểm các tiêu chí thành phần của lĩnh vực theo hướng dẫn chấm điểm của Bộ Nội vụ"
     },
     "evidence": "Tài liệu kiểm chứng theo hướng dẫn của Bộ Nội vụ cho từng tiêu chí thành phần",
     "assumption": true,
     "note": "Nút gộp thay cho các tiêu chí, tiêu chí thành phần của lĩnh vực (38 tiêu chí, 88 tiêu chí thành phần trên toàn bộ chỉ số — chưa có văn bản công khai liệt kê); điểm tối đa giả định, tổng 8 lĩnh vực = 68 điểm kết quả (công bố)."
    },
    {
     "code": "5.2",
     "name": "Đánh giá qua điều tra xã hội học",
     "maxPoints": 4,
     "rule": {
      "type": "SURVEY",
      "description": "Điểm từ điều tra xã hội học do Bộ Nội vụ tổ chức"
     },
     "assumption": true,
     "note": "Phân bổ đều 32 điểm điều tra xã hội học (công bố) cho 8 lĩnh vực: giả định."
    }
   ]
  },
  {
   "code": "6",
   "name": "Cải cách tài chính công",
   "maxPoints": 12,
   "assumption": true,
   "note": "Tên lĩnh vực: nhớ lại, chưa đối chiếu văn bản gốc (METHODOLOGY.md C.1: 'Unverified recollection; confirm before use'). Điểm tối đa của lĩnh vực: giả định (không tìm thấy phân bổ điểm theo lĩnh vực); chỉ tổng 68 + 32 = 100 là công bố.",
   "children": [
    {
     "code": "6.1",
     "name": "Kết quả thực hiện các tiêu chí, tiêu chí thành phần của lĩnh vực (tự đánh giá, thẩm định)",
     "maxPoints": 8,
     "rule": {
      "type": "MANUAL",
      "description": "Tổng điểm các tiêu chí thành phần của lĩnh vực theo hướng dẫn chấm điểm của Bộ Nội vụ"
     },
     "evidence": "Tài liệu kiểm chứng theo hướng dẫn của Bộ Nội vụ cho từng tiêu chí thành phần",
     "assumption": true,
     "note": "Nút gộp thay cho các tiêu chí, tiêu chí thành phần của lĩnh vực (38 tiêu chí, 88 tiêu chí thành phần trên toàn bộ chỉ số — chưa có văn bản công khai liệt kê); điểm tối đa giả định, tổng 8 lĩnh vực = 68 điểm kết quả (công bố)."
    },
    {
     "code": "6.2",
     "name": "Đánh giá qua điều tra xã hội học",
     "maxPoints": 4,
     "rule": {
      "type": "SURVEY",
      "description": "Điểm từ điều tra xã hội học do Bộ Nội vụ tổ chức"
     },
     "assumption": true,
     "note": "Phân bổ đều 32 điểm điều tra xã hội học (công bố) cho 8 lĩnh vực: giả định."
    }
   ]
  },
  {
   "code": "7",
   "name": "Xây dựng và phát triển Chính phủ điện tử, Chính phủ số",
   "maxPoints": 14,
   "assumption": true,
   "note": "Tên lĩnh vực: nhớ lại, chưa đối chiếu văn bản gốc (METHODOLOGY.md C.1: 'Unverified recollection; confirm before use'). Điểm tối đa của lĩnh vực: giả định (không tìm thấy phân bổ điểm theo lĩnh vực); chỉ tổng 68 + 32 = 100 là công bố.",
   "children": [
    {
     "code": "7.1",
     "name": "Kết quả thực hiện các tiêu chí, tiêu chí thành phần của lĩnh vực (tự đánh giá, thẩm định)",
     "maxPoints": 10,
     "rule": {
      "type": "MANUAL",
      "description": "Tổng điểm các tiêu chí thành phần của lĩnh vực theo hướng dẫn chấm điểm của Bộ Nội vụ"
     },
     "evidence": "Tài liệu kiểm chứng theo hướng dẫn của Bộ Nội vụ cho từng tiêu chí thành phần",
     "assumption": true,
     "note": "Nút gộp thay cho các tiêu chí, tiêu chí thành phần của lĩnh vực (38 tiêu chí, 88 tiêu chí thành phần trên toàn bộ chỉ số — chưa có văn bản công khai liệt kê); điểm tối đa giả định, tổng 8 lĩnh vực = 68 điểm kết quả (công bố)."
    },
    {
     "code": "7.2",
     "name": "Đánh giá qua điều tra xã hội học",
     "maxPoints": 4,
     "rule": {
      "type": "SURVEY",
      "description": "Điểm từ điều tra xã hội học do Bộ Nội vụ tổ chức"
     },
     "assumption": true,
     "note": "Phân bổ đều 32 điểm điều tra xã hội học (công bố) cho 8 lĩnh vực: giả định."
    }
   ]
  },
  {
   "code": "8",
   "name": "Tác động của cải cách hành chính đến người dân, tổ chức và phát triển kinh tế - xã hội",
   "maxPoints": 14,
   "assumption": true,
   "note": "Tên lĩnh vực: nhớ lại, chưa đối chiếu văn bản gốc (METHODOLOGY.md C.1: 'Unverified recollection; confirm before use'). Điểm tối đa của lĩnh vực: giả định (không tìm thấy phân bổ điểm theo lĩnh vực); chỉ tổng 68 + 32 = 100 là công bố.",
   "children": [
    {
     "code": "8.1",
     "name": "Kết quả thực hiện các tiêu chí, tiêu chí thành phần của lĩnh vực (tự đánh giá, thẩm định)",
     "maxPoints": 10,
     "rule": {
      "type": "MANUAL",
      "description": "Tổng điểm các tiêu chí thành phần của lĩnh vực theo hướng dẫn chấm điểm của Bộ Nội vụ"
     },
     "evidence": "Tài liệu kiểm chứng theo hướng dẫn của Bộ Nội vụ cho từng tiêu chí thành phần",
     "assumption": true,
     "note": "Nút gộp thay cho các tiêu chí, tiêu chí thành phần của lĩnh vực (38 tiêu chí, 88 tiêu chí thành phần trên toàn bộ chỉ số — chưa có văn bản công khai liệt kê); điểm tối đa giả định, tổng 8 lĩnh vực = 68 điểm kết quả (công bố)."
    },
    {
     "code": "8.2",
     "name": "Đánh giá qua điều tra xã hội học",
     "maxPoints": 4,
     "rule": {
      "type": "SURVEY",
      "description": "Điểm từ điều tra xã hội học do Bộ Nội vụ tổ chức"
     },
     "assumption": true,
     "note": "Phân bổ đều 32 điểm điều tra xã hội học (công bố) cho 8 lĩnh vực: giả định."
    }
   ]
  }
 ],
 "assumption": true,
 "note": "Công bố (Bộ trưởng Bộ Nội vụ, 6/4/2025; baomoi, kinhtedothi): 8 lĩnh vực, 38 tiêu chí, 88 tiêu chí thành phần; tổng 100 điểm, 68 điểm đánh giá kết quả CCHC và thực hiện chỉ tiêu phát triển KT-XH, 32 điểm đánh giá tác động qua điều tra xã hội học. Nhóm A từ 90%, nhóm B từ 80% đến dưới 90% (kết quả 2023). Không tìm thấy: văn bản gốc QĐ 876/QĐ-BNV và QĐ 1187/QĐ-BNV, tên các lĩnh vực, điểm theo lĩnh vực, danh mục tiêu chí, cách xử lý 'không áp dụng', quy tắc làm tròn. Mỗi lĩnh vực ở đây có hai nút gộp (kết quả; điều tra xã hội học) với điểm giả định, đánh dấu assumption = true. Khi có văn bản, nhập bộ tiêu chí đầy đủ thành phiên bản mới (POST /api/v1/par-index/frameworks)."
}$doc$::jsonb,
        0, now(), 'flyway', now(), 'flyway');
